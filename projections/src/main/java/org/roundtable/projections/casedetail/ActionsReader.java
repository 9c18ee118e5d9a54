package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads actions across cases into {@link ActionOverview}s. The filters narrow the rows in SQL; whether the reader
 * may see a case's actions is decided per case by {@link NeedToKnow}, from the case detail's own columns (who
 * raised the concern, who takes part): only with the case file does a reader see its actions.
 */
class ActionsReader {

    /** An open action whose deadline recorded it overdue, or that is due before today. */
    private static final String OVERDUE =
            "a.status in ('ASSIGNED', 'ACCEPTED') and (a.overdue = true or a.due_date < :today)";

    private final JdbcClient jdbc;

    ActionsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ActionOverview> find(FindActions query) {
        Reader reader = query.reader();
        StringBuilder sql = new StringBuilder("""
                select a.action_id, a.case_id, a.assignee, a.description, a.due_date, a.status, a.overdue, a.assigned_at,
                       a.completed_at, d.case_number, d.raised_by_partner
                from case_detail_action a join case_detail d on d.case_id = a.case_id
                where 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        params.put("today", query.today());
        if (!reader.holds(Role.CHAIR) && !reader.holds(Role.COMPLIANCE)) {
            // Only narrows the rows read; NeedToKnow decides below.
            sql.append(" and exists (select 1 from case_detail_participant p"
                    + " where p.case_id = a.case_id and p.partner_id = :readerPartner)");
            params.put("readerPartner", reader.partner().value());
        }
        if (query.assignee() != null) {
            sql.append(" and a.assignee = :assignee");
            params.put("assignee", query.assignee().value());
        }
        if (query.caseId() != null) {
            sql.append(" and a.case_id = :caseId");
            params.put("caseId", query.caseId().value());
        }
        if (query.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", query.status().name());
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            sql.append(" and " + OVERDUE);
        } else if (Boolean.FALSE.equals(query.overdue())) {
            sql.append(" and not (" + OVERDUE + ")");
        }
        if (query.dueBefore() != null) {
            sql.append(" and a.due_date < :dueBefore");
            params.put("dueBefore", query.dueBefore());
        }
        if (query.completedSince() != null) {
            sql.append(" and (a.completed_at is null or a.completed_at >= :completedSince)");
            params.put("completedSince", query.completedSince().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by a.due_date, d.case_number, a.sequence_number");

        List<Row> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new Row(new PartnerId(rs.getString("raised_by_partner")), new ActionOverview(
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        new CaseNumber(rs.getString("case_number")),
                        new ActionId(rs.getObject("action_id", UUID.class)),
                        new PartnerId(rs.getString("assignee")),
                        rs.getString("description"),
                        rs.getObject("due_date", LocalDate.class),
                        ActionStatus.valueOf(rs.getString("status")),
                        overdue(ActionStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
                                rs.getObject("due_date", LocalDate.class), query.today()),
                        instant(rs, "assigned_at"),
                        instant(rs, "completed_at"))))
                .list();
        Map<CaseId, Set<PartnerId>> participants = participants(rows);
        List<ActionOverview> visible = new ArrayList<>();
        for (Row row : rows) {
            CaseFacts facts = new CaseFacts(row.raisedBy(), participants.getOrDefault(row.action().caseId(), Set.of()));
            if (NeedToKnow.access(reader, facts).seesCaseFile()) {
                visible.add(row.action());
            }
        }
        return visible;
    }

    /** The same rule as {@link #OVERDUE}, for one action read. */
    static boolean overdue(ActionStatus status, boolean recordedOverdue, LocalDate dueDate, LocalDate today) {
        return status.open() && (recordedOverdue || dueDate.isBefore(today));
    }

    /** An action with who raised its case's concern. */
    private record Row(PartnerId raisedBy, ActionOverview action) { }

    private Map<CaseId, Set<PartnerId>> participants(List<Row> rows) {
        Set<UUID> cases = new HashSet<>();
        rows.forEach(row -> cases.add(row.action().caseId().value()));
        Map<CaseId, Set<PartnerId>> participants = new HashMap<>();
        if (cases.isEmpty()) {
            return participants;
        }
        jdbc.sql("select case_id, partner_id from case_detail_participant where case_id in (:cases)")
                .param("cases", List.copyOf(cases))
                .query(rs -> {
                    participants.computeIfAbsent(new CaseId(rs.getObject("case_id", UUID.class)), id -> new HashSet<>())
                            .add(new PartnerId(rs.getString("partner_id")));
                });
        return participants;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
