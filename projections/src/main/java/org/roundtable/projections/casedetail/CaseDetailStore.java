package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionEvent;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.common.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** Writes the case detail tables; every insert is keyed, so writing the same row twice keeps one. */
class CaseDetailStore {

    private final JdbcClient jdbc;

    CaseDetailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCase(ConcernRaised event, long sequence, Instant raisedAt) {
        SubjectIdentity subject = event.subject();
        jdbc.sql("""
                        insert into case_detail (case_id, case_number, status, subject_given_name,
                            subject_family_name, subject_date_of_birth, subject_age_band, raised_by_person,
                            raised_by_partner, summary, urgency, category, raised_at, last_sequence)
                        select :caseId, :caseNumber, :status, :givenName, :familyName, :dateOfBirth, :ageBand,
                            :raisedByPerson, :raisedByPartner, :summary, :urgency, :category, :raisedAt, :sequence
                        where not exists (select 1 from case_detail where case_id = :caseId)""")
                .param("caseId", event.caseId().value())
                .param("caseNumber", event.caseNumber().value())
                .param("status", CaseStatus.RAISED.name())
                .param("givenName", subject.givenName())
                .param("familyName", subject.familyName())
                .param("dateOfBirth", subject.dateOfBirth())
                .param("ageBand", subject.ageBand() == null ? null : subject.ageBand().name())
                .param("raisedByPerson", event.raisedBy().person().value())
                .param("raisedByPartner", event.raisedBy().partner().value())
                .param("summary", event.summary().text())
                .param("urgency", event.urgency().name())
                .param("category", event.category().name())
                .param("raisedAt", utc(raisedAt))
                .param("sequence", sequence)
                .update();
    }

    /** The earlier case a concern repeats, kept with the new case. */
    void repeatOf(ConcernRaised event) {
        if (event.repeatOf() == null) {
            return;
        }
        jdbc.sql("update case_detail set repeat_of_case_id = :earlier, repeat_of_number = :number where case_id = :caseId")
                .param("caseId", event.caseId().value())
                .param("earlier", event.repeatOf().caseId().value())
                .param("number", event.repeatOf().caseNumber().value())
                .update();
    }

    /** Sets some of the case row's own columns, such as {@code "next_review_on = :day"}, with their parameters. */
    void set(CaseId caseId, String assignments, Map<String, ?> params) {
        var statement = jdbc.sql("update case_detail set " + assignments + " where case_id = :caseId")
                .param("caseId", caseId.value());
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        statement.update();
    }

    /** Records that the case has seen this event; false when it had already, and nothing more is to be done. */
    boolean advance(CaseId caseId, long sequence) {
        return jdbc.sql("""
                        update case_detail set last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .update() > 0;
    }

    /** As {@link #advance(CaseId, long)}, moving the case to a status. */
    boolean advance(CaseId caseId, long sequence, CaseStatus status) {
        return jdbc.sql("""
                        update case_detail set status = :status, last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .param("status", status.name())
                .update() > 0;
    }

    /** As {@link #advance(CaseId, long, CaseStatus)}, giving the case its lead. */
    boolean advance(CaseId caseId, long sequence, CaseStatus status, PartnerId lead) {
        return jdbc.sql("""
                        update case_detail set status = :status, lead_partner = :lead, last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .param("status", status.name())
                .param("lead", lead.value())
                .update() > 0;
    }

    void recordStatus(CaseId caseId, StatusRow row) {
        jdbc.sql("""
                        insert into case_detail_status_change (case_id, sequence_number, status, changed_at,
                            by_person, by_partner, note, referred_to, closure_reason)
                        select :caseId, :sequence, :status, :at, :person, :partner, :note, :referredTo, :closureReason
                        where not exists (select 1 from case_detail_status_change
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", caseId.value())
                .param("sequence", row.sequence())
                .param("status", row.status().name())
                .param("at", utc(row.at()))
                .param("person", row.person())
                .param("partner", row.partner())
                .param("note", row.note())
                .param("referredTo", row.referredTo())
                .param("closureReason", row.closureReason() == null ? null : row.closureReason().name())
                .update();
    }

    void addParticipants(CaseId caseId, Set<PartnerId> participants) {
        for (PartnerId partner : participants) {
            jdbc.sql("""
                            insert into case_detail_participant (case_id, partner_id)
                            select :caseId, :partner
                            where not exists (select 1 from case_detail_participant
                                              where case_id = :caseId and partner_id = :partner)""")
                    .param("caseId", caseId.value())
                    .param("partner", partner.value())
                    .update();
        }
    }

    void removeParticipant(CaseId caseId, PartnerId partner) {
        jdbc.sql("delete from case_detail_participant where case_id = :caseId and partner_id = :partner")
                .param("caseId", caseId.value())
                .param("partner", partner.value())
                .update();
    }

    void addInformation(InformationShared event, long sequence, Instant sharedAt, String sharedBy) {
        jdbc.sql("""
                        insert into case_detail_information (information_id, case_id, sequence_number,
                            owner_partner, content, sharing_level, source_protected, shared_at, shared_by_person)
                        select :informationId, :caseId, :sequence, :owner, :content, :level, :sourceProtected,
                            :sharedAt, :sharedBy
                        where not exists (select 1 from case_detail_information
                                          where information_id = :informationId)""")
                .param("informationId", event.informationId().value())
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("owner", event.owner().value())
                .param("content", event.content().text())
                .param("level", event.level().name())
                .param("sourceProtected", event.sourceProtected())
                .param("sharedAt", utc(sharedAt))
                .param("sharedBy", sharedBy)
                .update();
    }

    /** Withdrawn information leaves the view altogether: the audit trail is where it is remembered. */
    void removeInformation(InformationId informationId) {
        jdbc.sql("delete from case_detail_information where information_id = :informationId")
                .param("informationId", informationId.value())
                .update();
    }

    void addAction(ActionAssigned event, long sequence, Instant assignedAt) {
        jdbc.sql("""
                        insert into case_detail_action (action_id, case_id, sequence_number, assignee, description,
                            due_date, status, assigned_at)
                        select :actionId, :caseId, :sequence, :assignee, :description, :dueDate, :status, :assignedAt
                        where not exists (select 1 from case_detail_action where action_id = :actionId)""")
                .param("actionId", event.actionId().value())
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("assignee", event.assignee().value())
                .param("description", event.description().text())
                .param("dueDate", event.dueDate())
                .param("status", ActionStatus.ASSIGNED.name())
                .param("assignedAt", utc(assignedAt))
                .update();
        for (InformationId relied : event.reliesOn()) {
            jdbc.sql("""
                            insert into case_detail_action_reliance (action_id, case_id, information_id)
                            select :actionId, :caseId, :informationId
                            where not exists (select 1 from case_detail_action_reliance
                                              where action_id = :actionId and information_id = :informationId)""")
                    .param("actionId", event.actionId().value())
                    .param("caseId", event.caseId().value())
                    .param("informationId", relied.value())
                    .update();
        }
    }

    void completeAction(ActionCompleted event, Instant completedAt) {
        jdbc.sql("""
                        update case_detail_action set status = :status, outcome = :outcome, completed_at = :completedAt
                        where action_id = :actionId""")
                .param("actionId", event.actionId().value())
                .param("status", ActionStatus.COMPLETED.name())
                .param("outcome", event.outcome().text())
                .param("completedAt", utc(completedAt))
                .update();
    }

    /** Moves an action to a status, setting the given columns too ({@code :actionId} and {@code :status} are bound). */
    JdbcClient.StatementSpec updateAction(ActionEvent event, String assignments) {
        return jdbc.sql("update case_detail_action set " + assignments + " where action_id = :actionId")
                .param("actionId", event.actionId().value());
    }

    void accept(ActionAccepted event) {
        updateAction(event, "status = :status").param("status", ActionStatus.ACCEPTED.name()).update();
    }

    void decline(ActionDeclined event) {
        updateAction(event, "status = :status, decline_reason = :reason")
                .param("status", ActionStatus.DECLINED.name())
                .param("reason", event.reason().text())
                .update();
    }

    /** The new assignee has still to answer; the decline of the one before is history (the audit trail keeps it). */
    void reassign(ActionReassigned event) {
        updateAction(event, "status = :status, assignee = :assignee, decline_reason = null")
                .param("status", ActionStatus.ASSIGNED.name())
                .param("assignee", event.assignee().value())
                .update();
    }

    /** A new due date: the action is not overdue until its new deadline says so. */
    void moveDueDate(ActionDueDateChanged event) {
        updateAction(event, "due_date = :dueDate, overdue = false").param("dueDate", event.dueDate()).update();
    }

    void markOverdue(ActionBecameOverdue event) {
        updateAction(event, "overdue = true").update();
    }

    void cancel(ActionCancelled event) {
        updateAction(event, "status = :status, cancel_reason = :reason")
                .param("status", ActionStatus.CANCELLED.name())
                .param("reason", event.reason().text())
                .update();
    }

    void addProgress(ActionProgressRecorded event, long sequence, Instant notedAt) {
        jdbc.sql("""
                        insert into case_detail_action_note (action_id, case_id, sequence_number, partner_id, note,
                            noted_at)
                        select :actionId, :caseId, :sequence, :partner, :note, :notedAt
                        where not exists (select 1 from case_detail_action_note
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("actionId", event.actionId().value())
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("partner", event.assignee().value())
                .param("note", event.note().text())
                .param("notedAt", utc(notedAt))
                .update();
    }

    void addPostClosureReview(PostClosureReviewRecorded event, long sequence) {
        jdbc.sql("""
                        insert into case_detail_post_closure_review (case_id, sequence_number, due_on, reviewed_on, note,
                            outcome)
                        select :caseId, :sequence, :dueOn, :reviewedOn, :note, :outcome
                        where not exists (select 1 from case_detail_post_closure_review
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("dueOn", event.dueOn())
                .param("reviewedOn", event.reviewedOn())
                .param("note", event.note().text())
                .param("outcome", event.outcome().name())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
