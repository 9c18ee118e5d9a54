package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sharing.SharingLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads one case and its child rows back into a {@link CaseDetail}. */
class CaseDetailReader {

    private final JdbcClient jdbc;

    CaseDetailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseDetail> find(CaseId caseId) {
        return jdbc.sql("select * from case_detail where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, row) -> new CaseDetail(
                        caseId,
                        new CaseNumber(rs.getString("case_number")),
                        CaseStatus.valueOf(rs.getString("status")),
                        Subject.of(rs.getString("subject_given_name"), rs.getString("subject_family_name"),
                                rs.getObject("subject_date_of_birth", LocalDate.class),
                                enumOrNull(AgeBand.class, rs.getString("subject_age_band"))),
                        new Actor(new PersonId(rs.getString("raised_by_person")), new PartnerId(rs.getString("raised_by_partner"))),
                        rs.getString("summary"),
                        Urgency.valueOf(rs.getString("urgency")),
                        ConcernCategory.valueOf(rs.getString("category")),
                        instant(rs, "raised_at"),
                        partner(rs.getString("lead_partner")),
                        participants(caseId),
                        history(caseId),
                        information(caseId),
                        actions(caseId)))
                .optional();
    }

    private List<PartnerId> participants(CaseId caseId) {
        return jdbc.sql("select partner_id from case_detail_participant where case_id = :caseId order by partner_id")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PartnerId(rs.getString("partner_id")))
                .list();
    }

    private List<StatusChange> history(CaseId caseId) {
        return jdbc.sql("select * from case_detail_status_change where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> new StatusChange(
                        CaseStatus.valueOf(rs.getString("status")),
                        instant(rs, "changed_at"),
                        person(rs.getString("by_person")),
                        partner(rs.getString("by_partner")),
                        rs.getString("note"),
                        rs.getString("referred_to"),
                        enumOrNull(ClosureReason.class, rs.getString("closure_reason"))))
                .list();
    }

    private List<InformationItem> information(CaseId caseId) {
        return jdbc.sql("select * from case_detail_information where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> new InformationItem(
                        new InformationId(rs.getObject("information_id", UUID.class)),
                        new PartnerId(rs.getString("owner_partner")),
                        rs.getString("content"),
                        SharingLevel.valueOf(rs.getString("sharing_level")),
                        rs.getBoolean("source_protected"),
                        instant(rs, "shared_at"),
                        person(rs.getString("shared_by_person"))))
                .list();
    }

    private List<ActionItem> actions(CaseId caseId) {
        Map<ActionId, List<InformationId>> reliances = reliances(caseId);
        return jdbc.sql("select * from case_detail_action where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> {
                    ActionId actionId = new ActionId(rs.getObject("action_id", UUID.class));
                    return new ActionItem(
                            actionId,
                            new PartnerId(rs.getString("assignee")),
                            rs.getString("description"),
                            rs.getObject("due_date", LocalDate.class),
                            reliances.getOrDefault(actionId, List.of()),
                            ActionStatus.valueOf(rs.getString("status")),
                            rs.getString("outcome"),
                            instant(rs, "assigned_at"),
                            instant(rs, "completed_at"));
                })
                .list();
    }

    private Map<ActionId, List<InformationId>> reliances(CaseId caseId) {
        Map<ActionId, List<InformationId>> reliances = new HashMap<>();
        jdbc.sql("""
                        select action_id, information_id from case_detail_action_reliance
                        where case_id = :caseId order by information_id""")
                .param("caseId", caseId.value())
                .query(rs -> {
                    reliances.computeIfAbsent(new ActionId(rs.getObject("action_id", UUID.class)),
                                    id -> new ArrayList<>())
                            .add(new InformationId(rs.getObject("information_id", UUID.class)));
                });
        return reliances;
    }

    private static PartnerId partner(String value) {
        return value == null ? null : new PartnerId(value);
    }

    private static PersonId person(String value) {
        return value == null ? null : new PersonId(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
