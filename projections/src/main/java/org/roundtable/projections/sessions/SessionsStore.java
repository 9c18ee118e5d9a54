package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sessions.ActionCarriedForward;
import org.roundtable.core.sessions.AgendaItemAdded;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AttendanceRecorded;
import org.roundtable.core.sessions.ConfidentialityAgreed;
import org.roundtable.core.sessions.ItemNoteRecorded;
import org.roundtable.core.sessions.MinutesCorrected;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionScheduled;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Writes the sessions read model. A session's or a case's row keeps the sequence number of the last event
 * applied to it: {@link #advanceSession} and {@link #advanceCase} move it forward and say whether they did, and
 * the projection writes an event's other rows only then, so a replayed event changes nothing.
 */
class SessionsStore {

    private final JdbcClient jdbc;

    SessionsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSession(SessionScheduled event, long sequence) {
        jdbc.sql("""
                        insert into sessions_session (session_id, starts_at, place, video_link, chaired_by, status,
                            last_sequence)
                        select :sessionId, :startsAt, :place, :videoLink, :chairedBy, :status, :sequence
                        where not exists (select 1 from sessions_session where session_id = :sessionId)""")
                .param("sessionId", event.sessionId().value())
                .param("startsAt", utc(event.startsAt()))
                .param("place", event.venue().place())
                .param("videoLink", link(event.venue()))
                .param("chairedBy", event.chairedBy().value())
                .param("status", SessionStatus.SCHEDULED.name())
                .param("sequence", sequence)
                .update();
    }

    boolean advanceSession(SessionId sessionId, long sequence) {
        return jdbc.sql("""
                        update sessions_session set last_sequence = :sequence
                        where session_id = :sessionId and last_sequence < :sequence""")
                .param("sessionId", sessionId.value())
                .param("sequence", sequence)
                .update() == 1;
    }

    void move(SessionId sessionId, Instant startsAt, Venue venue) {
        jdbc.sql("update sessions_session set starts_at = :startsAt, place = :place, video_link = :videoLink where session_id = :sessionId")
                .param("sessionId", sessionId.value())
                .param("startsAt", utc(startsAt))
                .param("place", venue.place())
                .param("videoLink", link(venue))
                .update();
    }

    void cancel(SessionId sessionId, PersonalText reason) {
        jdbc.sql("update sessions_session set status = :status, cancel_reason = :reason where session_id = :sessionId")
                .param("sessionId", sessionId.value())
                .param("status", SessionStatus.CANCELLED.name())
                .param("reason", reason.text())
                .update();
    }

    void close(SessionId sessionId, Instant at) {
        jdbc.sql("update sessions_session set status = :status, closed_at = :at where session_id = :sessionId")
                .param("sessionId", sessionId.value())
                .param("status", SessionStatus.CLOSED.name())
                .param("at", utc(at))
                .update();
    }

    /** An item goes last: after every item the session has had, dropped ones included. */
    void addItem(AgendaItemAdded event) {
        jdbc.sql("""
                        insert into sessions_item (item_id, session_id, case_id, purpose, minutes, position, dropped)
                        select :itemId, :sessionId, :caseId, :purpose, :minutes,
                               (select coalesce(max(position), -1) + 1 from sessions_item where session_id = :sessionId),
                               false""")
                .param("itemId", event.itemId().value())
                .param("sessionId", event.sessionId().value())
                .param("caseId", event.caseId().value())
                .param("purpose", event.purpose().name())
                .param("minutes", event.minutes())
                .update();
    }

    void dropItem(AgendaItemId itemId) {
        jdbc.sql("update sessions_item set dropped = true where item_id = :itemId")
                .param("itemId", itemId.value())
                .update();
    }

    void reorder(List<AgendaItemId> order) {
        for (int position = 0; position < order.size(); position++) {
            jdbc.sql("update sessions_item set position = :position where item_id = :itemId")
                    .param("itemId", order.get(position).value())
                    .param("position", position)
                    .update();
        }
    }

    void recordAttendance(AttendanceRecorded event) {
        jdbc.sql("delete from sessions_attendance where session_id = :sessionId and partner_id = :partner")
                .param("sessionId", event.sessionId().value())
                .param("partner", event.partner().value())
                .update();
        jdbc.sql("""
                        insert into sessions_attendance (session_id, partner_id, attendance, represented_by)
                        values (:sessionId, :partner, :attendance, :representedBy)""")
                .param("sessionId", event.sessionId().value())
                .param("partner", event.partner().value())
                .param("attendance", event.attendance().name())
                .param("representedBy", event.representedBy() == null ? null : event.representedBy().value())
                .update();
    }

    void recordAgreement(ConfidentialityAgreed event, Instant at) {
        jdbc.sql("""
                        insert into sessions_agreement (session_id, person_id, partner_id, agreed_at)
                        values (:sessionId, :person, :partner, :at)""")
                .param("sessionId", event.sessionId().value())
                .param("person", event.person().value())
                .param("partner", event.partner().value())
                .param("at", utc(at))
                .update();
    }

    void recordNote(ItemNoteRecorded event, long sequence, Instant at, @Nullable String person) {
        jdbc.sql("""
                        insert into sessions_note (session_id, sequence_number, item_id, note, recorded_at, recorded_by)
                        values (:sessionId, :sequence, :itemId, :note, :at, :person)""")
                .param("sessionId", event.sessionId().value())
                .param("sequence", sequence)
                .param("itemId", event.itemId().value())
                .param("note", event.note().text())
                .param("at", utc(at))
                .param("person", person)
                .update();
    }

    void recordCorrection(MinutesCorrected event, long sequence, Instant at, @Nullable String person) {
        jdbc.sql("""
                        insert into sessions_correction (session_id, sequence_number, item_id, correction, reason,
                            corrected_at, corrected_by)
                        values (:sessionId, :sequence, :itemId, :correction, :reason, :at, :person)""")
                .param("sessionId", event.sessionId().value())
                .param("sequence", sequence)
                .param("itemId", event.itemId() == null ? null : event.itemId().value())
                .param("correction", event.correction().text())
                .param("reason", event.reason().text())
                .param("at", utc(at))
                .param("person", person)
                .update();
    }

    void insertCase(ConcernRaised event, long sequence, Instant at) {
        jdbc.sql("""
                        insert into sessions_case (case_id, case_number, raised_by_partner, status, raised_at, last_sequence)
                        select :caseId, :caseNumber, :raisedBy, 'RAISED', :at, :sequence
                        where not exists (select 1 from sessions_case where case_id = :caseId)""")
                .param("caseId", event.caseId().value())
                .param("caseNumber", event.caseNumber().value())
                .param("raisedBy", event.raisedBy().partner().value())
                .param("at", utc(at))
                .param("sequence", sequence)
                .update();
    }

    boolean advanceCase(CaseId caseId, long sequence) {
        return jdbc.sql("""
                        update sessions_case set last_sequence = :sequence
                        where case_id = :caseId and last_sequence < :sequence""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .update() == 1;
    }

    /** The day of the case's next review; null once it is closed. */
    void nextReview(CaseId caseId, @Nullable LocalDate day) {
        jdbc.sql("update sessions_case set next_review_on = :day where case_id = :caseId")
                .param("caseId", caseId.value())
                .param("day", day)
                .update();
    }

    void caseStatus(CaseId caseId, String status) {
        jdbc.sql("update sessions_case set status = :status where case_id = :caseId")
                .param("caseId", caseId.value())
                .param("status", status)
                .update();
    }

    void addParticipants(CaseId caseId, Collection<PartnerId> participants) {
        for (PartnerId partner : participants) {
            jdbc.sql("""
                            insert into sessions_case_participant (case_id, partner_id)
                            select :caseId, :partner
                            where not exists (select 1 from sessions_case_participant
                                              where case_id = :caseId and partner_id = :partner)""")
                    .param("caseId", caseId.value())
                    .param("partner", partner.value())
                    .update();
        }
    }

    void removeParticipant(CaseId caseId, PartnerId partner) {
        jdbc.sql("delete from sessions_case_participant where case_id = :caseId and partner_id = :partner")
                .param("caseId", caseId.value())
                .param("partner", partner.value())
                .update();
    }

    void addAction(ActionAssigned event) {
        jdbc.sql("""
                        insert into sessions_action (action_id, case_id, assignee, due_date, open, description)
                        values (:actionId, :caseId, :assignee, :dueDate, true, :description)""")
                .param("actionId", event.actionId().value())
                .param("caseId", event.caseId().value())
                .param("assignee", event.assignee().value())
                .param("dueDate", java.sql.Date.valueOf(event.dueDate()))
                .param("description", event.description().text())
                .update();
    }

    void endAction(ActionId actionId) {
        jdbc.sql("update sessions_action set open = false where action_id = :actionId")
                .param("actionId", actionId.value())
                .update();
    }

    /** Completed or cancelled: not open, and never again. */
    void settleAction(ActionId actionId) {
        jdbc.sql("update sessions_action set open = false, ended = true where action_id = :actionId")
                .param("actionId", actionId.value())
                .update();
    }

    void carryForward(ActionCarriedForward event, long sequence) {
        jdbc.sql("""
                        insert into sessions_carried_forward (session_id, action_id, sequence_number, item_id, case_id, reason)
                        values (:sessionId, :actionId, :sequence, :itemId, :caseId, :reason)""")
                .param("sessionId", event.sessionId().value())
                .param("actionId", event.actionId().value())
                .param("sequence", sequence)
                .param("itemId", event.itemId().value())
                .param("caseId", event.caseId().value())
                .param("reason", event.reason().name())
                .update();
    }

    void reassignAction(ActionReassigned event) {
        jdbc.sql("update sessions_action set assignee = :assignee, open = true where action_id = :actionId")
                .param("actionId", event.actionId().value())
                .param("assignee", event.assignee().value())
                .update();
    }

    void moveAction(ActionDueDateChanged event) {
        jdbc.sql("update sessions_action set due_date = :dueDate where action_id = :actionId")
                .param("actionId", event.actionId().value())
                .param("dueDate", java.sql.Date.valueOf(event.dueDate()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String link(Venue venue) {
        return venue.videoLink() == null ? null : venue.videoLink().toString();
    }
}
