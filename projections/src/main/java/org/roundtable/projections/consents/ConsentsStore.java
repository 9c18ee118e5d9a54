package org.roundtable.projections.consents;

import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.SubjectConsentRecorded;
import org.roundtable.core.cases.SubjectInformed;
import org.roundtable.core.cases.SubjectNotInformed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** Writes the consents tables; every insert is keyed, so writing the same row twice keeps one. */
class ConsentsStore {

    private final JdbcClient jdbc;

    ConsentsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCase(CaseId caseId, PartnerId raisedBy, long sequence) {
        jdbc.sql("""
                        insert into consents_case (case_id, raised_by_partner, last_sequence)
                        select :caseId, :raisedBy, :sequence
                        where not exists (select 1 from consents_case where case_id = :caseId)""")
                .param("caseId", caseId.value())
                .param("raisedBy", raisedBy.value())
                .param("sequence", sequence)
                .update();
    }

    /** Records that the case has seen this event; false when it had already, and nothing more is to be done. */
    boolean advance(CaseId caseId, long sequence) {
        return jdbc.sql("""
                        update consents_case set last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .update() > 0;
    }

    void addParticipants(CaseId caseId, Set<PartnerId> participants) {
        for (PartnerId partner : participants) {
            jdbc.sql("""
                            insert into consents_participant (case_id, partner_id)
                            select :caseId, :partner
                            where not exists (select 1 from consents_participant
                                              where case_id = :caseId and partner_id = :partner)""")
                    .param("caseId", caseId.value())
                    .param("partner", partner.value())
                    .update();
        }
    }

    void removeParticipant(CaseId caseId, PartnerId partner) {
        jdbc.sql("delete from consents_participant where case_id = :caseId and partner_id = :partner")
                .param("caseId", caseId.value())
                .param("partner", partner.value())
                .update();
    }

    void addInformation(InformationShared event) {
        jdbc.sql("""
                        insert into consents_information (information_id, case_id, owner_partner, sharing_level,
                            source_protected, withdrawn)
                        select :informationId, :caseId, :owner, :level, :sourceProtected, false
                        where not exists (select 1 from consents_information where information_id = :informationId)""")
                .param("informationId", event.informationId().value())
                .param("caseId", event.caseId().value())
                .param("owner", event.owner().value())
                .param("level", event.level().name())
                .param("sourceProtected", event.sourceProtected())
                .update();
    }

    void markWithdrawn(InformationId informationId) {
        jdbc.sql("update consents_information set withdrawn = true where information_id = :informationId")
                .param("informationId", informationId.value())
                .update();
    }

    void addAction(ActionAssigned event) {
        jdbc.sql("""
                        insert into consents_action (action_id, case_id, assignee)
                        select :actionId, :caseId, :assignee
                        where not exists (select 1 from consents_action where action_id = :actionId)""")
                .param("actionId", event.actionId().value())
                .param("caseId", event.caseId().value())
                .param("assignee", event.assignee().value())
                .update();
    }

    void reassignAction(ActionReassigned event) {
        jdbc.sql("update consents_action set assignee = :assignee where action_id = :actionId")
                .param("actionId", event.actionId().value())
                .param("assignee", event.assignee().value())
                .update();
    }

    void requestConsent(ConsentRequested event, long sequence, Instant at) {
        jdbc.sql("""
                        insert into consents_request (action_id, information_id, case_id, sequence_number, owner_partner,
                            status, requested_at)
                        select :actionId, :informationId, :caseId, :sequence, :owner, :status, :at
                        where not exists (select 1 from consents_request
                                          where action_id = :actionId and information_id = :informationId)""")
                .param("actionId", event.actionId().value())
                .param("informationId", event.informationId().value())
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("owner", event.owner().value())
                .param("status", ConsentStatus.PENDING.name())
                .param("at", utc(at))
                .update();
    }

    /** The owner's decision; a refusal keeps its reason (null when erased), a grant has none. */
    void decide(ActionId actionId, InformationId informationId, ConsentStatus status, Instant at, PersonalText reason) {
        jdbc.sql("""
                        update consents_request set status = :status, decided_at = :at, refusal_reason = :reason
                        where action_id = :actionId and information_id = :informationId""")
                .param("actionId", actionId.value())
                .param("informationId", informationId.value())
                .param("status", status.name())
                .param("at", utc(at))
                .param("reason", reason == null ? null : reason.text())
                .update();
    }

    void recordSubjectConsent(SubjectConsentRecorded event, long sequence, Instant at, String recordedBy) {
        jdbc.sql("""
                        insert into consents_subject_consent (case_id, sequence_number, decision, decided_by, decided_on,
                            recorded_at, recorded_by)
                        select :caseId, :sequence, :decision, :by, :on, :at, :recordedBy
                        where not exists (select 1 from consents_subject_consent
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("decision", event.decision().name())
                .param("by", event.by().name())
                .param("on", event.on())
                .param("at", utc(at))
                .param("recordedBy", recordedBy)
                .update();
    }

    void recordInformed(SubjectInformed event, long sequence, Instant at, String recordedBy) {
        recordInforming(event.caseId(), sequence, true, event, null, at, recordedBy);
    }

    void recordNotInformed(SubjectNotInformed event, long sequence, Instant at, String recordedBy) {
        recordInforming(event.caseId(), sequence, false, null, event, at, recordedBy);
    }

    private void recordInforming(CaseId caseId, long sequence, boolean informed, SubjectInformed yes,
                                 SubjectNotInformed no, Instant at, String recordedBy) {
        jdbc.sql("""
                        insert into consents_subject_informing (case_id, sequence_number, informed, informed_on, reason,
                            note, recorded_at, recorded_by)
                        select :caseId, :sequence, :informed, cast(:on as date), :reason, :note, :at, :recordedBy
                        where not exists (select 1 from consents_subject_informing
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .param("informed", informed)
                .param("on", yes == null ? null : yes.on())
                .param("reason", no == null ? null : no.reason().name())
                .param("note", no == null || no.note() == null ? null : no.note().text())
                .param("at", utc(at))
                .param("recordedBy", recordedBy)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
