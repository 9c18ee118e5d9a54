package org.roundtable.projections.caselist;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PartnerId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads the case list back into {@link CaseSummary} records. */
class CaseListReader {

    private static final String SELECT = """
            select case_id, case_number, status, urgency, category, lead_partner, raised_at, opened_at,
                   closed_at, open_action_count
            from case_list
            """;
    private static final String NEWEST_FIRST = " order by raised_at desc, case_number desc";

    private static final RowMapper<CaseSummary> SUMMARY = (rs, row) -> new CaseSummary(
            new CaseId(rs.getObject("case_id", UUID.class)),
            new CaseNumber(rs.getString("case_number")),
            CaseStatus.valueOf(rs.getString("status")),
            Urgency.valueOf(rs.getString("urgency")),
            ConcernCategory.valueOf(rs.getString("category")),
            partner(rs.getString("lead_partner")),
            instant(rs, "raised_at"),
            instant(rs, "opened_at"),
            instant(rs, "closed_at"),
            rs.getInt("open_action_count"));

    private final JdbcClient jdbc;

    CaseListReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseSummary> find(CaseStatus status) {
        if (status == null) {
            return jdbc.sql(SELECT + NEWEST_FIRST).query(SUMMARY).list();
        }
        return jdbc.sql(SELECT + " where status = :status" + NEWEST_FIRST)
                .param("status", status.name())
                .query(SUMMARY)
                .list();
    }

    private static PartnerId partner(String value) {
        return value == null ? null : new PartnerId(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
