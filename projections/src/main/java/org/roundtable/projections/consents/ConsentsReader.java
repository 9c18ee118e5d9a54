package org.roundtable.projections.consents;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConsentHolder;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.NotInformedReason;
import org.roundtable.core.cases.SubjectConsentDecision;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.ItemFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads one case's consents for one reader: nothing unless the reader sees the case file; within it, an item
 * and its owner only as far as the sharing rules allow, and a refusal's reason only to the chair and the owner.
 */
class ConsentsReader {

    private final JdbcClient jdbc;

    ConsentsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseConsents> find(Reader reader, CaseId caseId) {
        return facts(caseId)
                .filter(facts -> NeedToKnow.access(reader, facts).seesCaseFile())
                .map(facts -> new CaseConsents(caseId, owners(reader, facts, caseId), subjectConsent(caseId),
                        subjectInforming(caseId)));
    }

    private Optional<CaseFacts> facts(CaseId caseId) {
        return jdbc.sql("select raised_by_partner from consents_case where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PartnerId(rs.getString("raised_by_partner")))
                .optional()
                .map(raisedBy -> new CaseFacts(raisedBy, participants(caseId)));
    }

    private Set<PartnerId> participants(CaseId caseId) {
        return jdbc.sql("select partner_id from consents_participant where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PartnerId(rs.getString("partner_id")))
                .list().stream().collect(Collectors.toSet());
    }

    private List<OwnerConsent> owners(Reader reader, CaseFacts facts, CaseId caseId) {
        return jdbc.sql(REQUESTS + " where r.case_id = :caseId order by r.sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> RequestRow.of(rs))
                .list().stream().map(row -> row.asSeenBy(reader, facts)).toList();
    }

    /**
     * The consent requests across cases that the reader may see, oldest first. Whether the reader sees a case's
     * consents, and what of each request, is decided exactly as for one case.
     */
    List<ConsentRequest> requests(FindConsentRequests query) {
        Reader reader = query.reader();
        StringBuilder sql = new StringBuilder(REQUESTS).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!reader.holds(Role.CHAIR) && !reader.holds(Role.COMPLIANCE)) {
            // Only narrows the rows read; NeedToKnow decides below.
            sql.append(" and exists (select 1 from consents_participant p"
                    + " where p.case_id = r.case_id and p.partner_id = :readerPartner)");
            params.put("readerPartner", reader.partner().value());
        }
        if (query.status() != null) {
            sql.append(" and r.status = :status");
            params.put("status", query.status().name());
        }
        if (query.owner() != null) {
            sql.append(" and r.owner_partner = :owner");
            params.put("owner", query.owner().value());
        }
        sql.append(" order by r.requested_at, r.case_id, r.sequence_number");
        List<RequestRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, row) -> RequestRow.of(rs)).list();
        Map<CaseId, Optional<CaseFacts>> facts = new HashMap<>();
        List<ConsentRequest> visible = new ArrayList<>();
        for (RequestRow row : rows) {
            Optional<CaseFacts> caseFacts = facts.computeIfAbsent(row.caseId(), this::facts);
            if (caseFacts.isEmpty() || !NeedToKnow.access(reader, caseFacts.get()).seesCaseFile()) {
                continue;
            }
            OwnerConsent consent = row.asSeenBy(reader, caseFacts.get());
            if (query.owner() == null || query.owner().equals(consent.owner())) {
                visible.add(new ConsentRequest(row.caseId(), consent));
            }
        }
        return visible;
    }

    private static final String REQUESTS = """
            select r.case_id, r.action_id, r.information_id, r.owner_partner, r.status, r.requested_at, r.decided_at,
                   r.refusal_reason, a.assignee, i.sharing_level, i.source_protected, i.withdrawn
            from consents_request r
            join consents_action a on a.action_id = r.action_id
            join consents_information i on i.information_id = r.information_id""";

    /** One consent request as the tables keep it, before the sharing rules decide what a reader sees of it. */
    private record RequestRow(CaseId caseId, ActionId actionId, PartnerId assignee, InformationId informationId,
                              boolean withdrawn, ItemFacts item, ConsentStatus status, Instant requestedAt,
                              Instant decidedAt, String refusalReason) {

        static RequestRow of(ResultSet rs) throws SQLException {
            return new RequestRow(new CaseId(rs.getObject("case_id", UUID.class)),
                    new ActionId(rs.getObject("action_id", UUID.class)),
                    new PartnerId(rs.getString("assignee")),
                    new InformationId(rs.getObject("information_id", UUID.class)),
                    rs.getBoolean("withdrawn"),
                    new ItemFacts(new PartnerId(rs.getString("owner_partner")),
                            SharingLevel.valueOf(rs.getString("sharing_level")), rs.getBoolean("source_protected")),
                    ConsentStatus.valueOf(rs.getString("status")),
                    instant(rs, "requested_at"),
                    instant(rs, "decided_at"),
                    rs.getString("refusal_reason"));
        }

        /** The item and its owner as the sharing rules allow; the refusal's reason to the chair and the owner. */
        OwnerConsent asSeenBy(Reader reader, CaseFacts facts) {
            boolean seesItem = NeedToKnow.seesItem(reader, facts, item);
            boolean seesOwner = seesItem && NeedToKnow.seesSource(reader, item);
            boolean seesReason = reader.holds(Role.CHAIR) || item.owner().equals(reader.partner());
            return new OwnerConsent(actionId, assignee, seesItem ? informationId : null, seesItem ? withdrawn : null,
                    seesOwner ? item.owner() : null, status, requestedAt, decidedAt, seesReason ? refusalReason : null);
        }
    }

    private List<SubjectConsent> subjectConsent(CaseId caseId) {
        return jdbc.sql("select * from consents_subject_consent where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> new SubjectConsent(
                        SubjectConsentDecision.valueOf(rs.getString("decision")),
                        ConsentHolder.valueOf(rs.getString("decided_by")),
                        rs.getObject("decided_on", LocalDate.class),
                        instant(rs, "recorded_at"),
                        partner(rs.getString("recorded_by"))))
                .list();
    }

    private List<SubjectInforming> subjectInforming(CaseId caseId) {
        return jdbc.sql("select * from consents_subject_informing where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> new SubjectInforming(
                        rs.getBoolean("informed"),
                        rs.getObject("informed_on", LocalDate.class),
                        rs.getString("reason") == null ? null : NotInformedReason.valueOf(rs.getString("reason")),
                        rs.getString("note"),
                        instant(rs, "recorded_at"),
                        partner(rs.getString("recorded_by"))))
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
