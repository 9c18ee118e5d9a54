package org.roundtable.projections.caselist;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.CaseAccess;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the case list back into {@link CaseSummary} records, each as far as the reader may see it: the
 * sharing rules ({@link NeedToKnow}) decide per row from the columns the list keeps (who raised the concern,
 * who takes part), and a row the reader may not see is not in the answer.
 */
class CaseListReader {

    private static final String NEWEST_FIRST = " order by raised_at desc, case_number desc";

    private final JdbcClient jdbc;

    CaseListReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseSummary> find(Reader reader, CaseStatus status) {
        Map<UUID, Set<PartnerId>> participants = participants();
        Map<String, CaseFacts> byNumber = new HashMap<>();
        jdbc.sql("select case_id, case_number, raised_by_partner from case_list").query(rs -> {
            byNumber.put(rs.getString("case_number"), new CaseFacts(new PartnerId(rs.getString("raised_by_partner")),
                    participants.getOrDefault(rs.getObject("case_id", UUID.class), Set.of())));
        });
        List<CaseSummary> visible = new ArrayList<>();
        jdbc.sql("select * from case_list" + NEWEST_FIRST).query(rs -> {
            UUID caseId = rs.getObject("case_id", UUID.class);
            CaseFacts facts = new CaseFacts(new PartnerId(rs.getString("raised_by_partner")),
                    participants.getOrDefault(caseId, Set.of()));
            CaseAccess access = NeedToKnow.access(reader, facts);
            if (access == CaseAccess.NONE) {
                return;
            }
            String repeatOf = rs.getString("repeat_of_number");
            boolean knowsEarlier = repeatOf != null && byNumber.containsKey(repeatOf)
                    && NeedToKnow.access(reader, byNumber.get(repeatOf)) != CaseAccess.NONE;
            CaseSummary summary = access.seesCaseFile() ? caseFile(rs, knowsEarlier ? new CaseNumber(repeatOf) : null)
                    : screeningOutcome(rs);
            if (status == null || summary.status() == status) {
                visible.add(summary);
            }
        });
        return visible;
    }

    private Map<UUID, Set<PartnerId>> participants() {
        Map<UUID, Set<PartnerId>> participants = new HashMap<>();
        jdbc.sql("select case_id, partner_id from case_list_participant").query(rs -> {
            participants.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new HashSet<>())
                    .add(new PartnerId(rs.getString("partner_id")));
        });
        return participants;
    }

    private static CaseSummary caseFile(ResultSet rs, CaseNumber repeatOf) throws SQLException {
        return new CaseSummary(
                new CaseId(rs.getObject("case_id", UUID.class)),
                new CaseNumber(rs.getString("case_number")),
                CaseStatus.valueOf(rs.getString("status")),
                Urgency.valueOf(rs.getString("urgency")),
                ConcernCategory.valueOf(rs.getString("category")),
                partner(rs.getString("lead_partner")),
                instant(rs, "raised_at"),
                instant(rs, "opened_at"),
                instant(rs, "closed_at"),
                rs.getInt("open_action_count"),
                CaseAccess.CASE_FILE,
                rs.getObject("next_review_on", LocalDate.class),
                rs.getBoolean("review_due"),
                repeatOf,
                CaseListProjection.days(rs.getString("post_closure_reviews_due")));
    }

    /** What the partner that raised a concern learns of it: what it raised, and what the screening decided. */
    private static CaseSummary screeningOutcome(ResultSet rs) throws SQLException {
        String outcome = rs.getString("screening_outcome");
        return new CaseSummary(
                new CaseId(rs.getObject("case_id", UUID.class)),
                new CaseNumber(rs.getString("case_number")),
                outcome == null ? CaseStatus.RAISED : CaseStatus.valueOf(outcome),
                Urgency.valueOf(rs.getString("urgency")),
                ConcernCategory.valueOf(rs.getString("category")),
                null,
                instant(rs, "raised_at"),
                instant(rs, "opened_at"),
                null,
                null,
                CaseAccess.SCREENING_OUTCOME);
    }

    private static PartnerId partner(String value) {
        return value == null ? null : new PartnerId(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
