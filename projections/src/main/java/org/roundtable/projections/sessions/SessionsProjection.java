package org.roundtable.projections.sessions;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.sessions.ActionCarriedForward;
import org.roundtable.core.sessions.AgendaItemAdded;
import org.roundtable.core.sessions.AgendaItemDropped;
import org.roundtable.core.sessions.AgendaReordered;
import org.roundtable.core.sessions.AttendanceRecorded;
import org.roundtable.core.sessions.ConfidentialityAgreed;
import org.roundtable.core.sessions.ItemNoteRecorded;
import org.roundtable.core.sessions.MinutesCorrected;
import org.roundtable.core.sessions.SessionCancelled;
import org.roundtable.core.sessions.SessionClosed;
import org.roundtable.core.sessions.SessionRescheduled;
import org.roundtable.core.sessions.SessionScheduled;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/**
 * Keeps the sessions and answers {@link FindSessions}, {@link FindSession} and {@link FindAgendaProposal}. It
 * also keeps, from the case events, what need-to-know and the agenda proposal ask of a case, in tables of its
 * own: it reads no other read model's tables, so it is rebuilt, and answers, on its own. Each event first moves
 * its session's (or case's) last applied sequence number forward; only when it did are the event's other rows
 * written, so a replayed event changes nothing.
 */
public class SessionsProjection {

    public static final String NAME = "sessions";

    /** The sessions, updated in each command's transaction. Child tables first: they are emptied in this order. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("sessions_decision", "sessions_carried_forward", "sessions_correction",
                        "sessions_note", "sessions_agreement", "sessions_attendance", "sessions_item", "sessions_session",
                        "sessions_action", "sessions_case_participant", "sessions_case"),
                new SessionsProjection(jdbc), new DecisionsAtTheTable(jdbc));
    }

    private final SessionsStore store;
    private final SessionsReader reader;

    SessionsProjection(JdbcClient jdbc) {
        this.store = new SessionsStore(jdbc);
        this.reader = new SessionsReader(jdbc);
    }

    @EventHandler
    void on(SessionScheduled event, @SequenceNumber long sequence) {
        store.insertSession(event, sequence);
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.move(event.sessionId(), event.startsAt(), event.venue());
        }
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.cancel(event.sessionId(), event.reason());
        }
    }

    @EventHandler
    void on(AgendaItemAdded event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.addItem(event);
        }
    }

    @EventHandler
    void on(AgendaItemDropped event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.dropItem(event.itemId());
        }
    }

    @EventHandler
    void on(AgendaReordered event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.reorder(event.order());
        }
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.recordAttendance(event);
        }
    }

    @EventHandler
    void on(ConfidentialityAgreed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.recordAgreement(event, at);
        }
    }

    @EventHandler
    void on(ItemNoteRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) @Nullable String person) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.recordNote(event, sequence, at, person);
        }
    }

    @EventHandler
    void on(ActionCarriedForward event, @SequenceNumber long sequence) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.carryForward(event, sequence);
        }
    }

    @EventHandler
    void on(SessionClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.close(event.sessionId(), at);
        }
    }

    @EventHandler
    void on(MinutesCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) @Nullable String person) {
        if (store.advanceSession(event.sessionId(), sequence)) {
            store.recordCorrection(event, sequence, at, person);
        }
    }

    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertCase(event, sequence, at);
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "OPEN");
            store.addParticipants(event.caseId(), event.participants());
        }
    }

    /** A concern answered with advice only is screened: no agenda proposes it for screening again. */
    @EventHandler
    void on(ConcernAdvised event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "ADVISED");
        }
    }

    /** The partner signposted to sees the concern, as a participant does; the concern is screened. */
    @EventHandler
    void on(ConcernSignposted event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "SIGNPOSTED");
            store.addParticipants(event.caseId(), List.of(event.partner()));
        }
    }

    /** Who leads a case changes nothing a session shows. */
    @EventHandler
    void on(LeadChanged event, @SequenceNumber long sequence) {
        store.advanceCase(event.caseId(), sequence);
    }

    @EventHandler
    void on(ParticipantAdded event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.addParticipants(event.caseId(), List.of(event.partner()));
        }
    }

    @EventHandler
    void on(ParticipantRemoved event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.removeParticipant(event.caseId(), event.partner());
        }
    }

    @EventHandler
    void on(ConcernReferred event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "REFERRED");
        }
    }

    @EventHandler
    void on(ConcernDismissed event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "DISMISSED");
        }
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "CLOSED");
            store.nextReview(event.caseId(), null);
        }
    }

    @EventHandler
    void on(ReviewScheduled event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.nextReview(event.caseId(), event.dueOn());
        }
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.caseStatus(event.caseId(), "OPEN");
        }
    }

    @EventHandler
    void on(ActionAssigned event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.addAction(event);
        }
    }

    /** Done: no longer open, and no longer carried forward. */
    @EventHandler
    void on(ActionCompleted event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.settleAction(event.actionId());
        }
    }

    /** An accepted action stays open as it was: who has it and when it is due drive the agenda. */
    @EventHandler
    void on(ActionAccepted event, @SequenceNumber long sequence) {
        store.advanceCase(event.caseId(), sequence);
    }

    /** A declined action is no longer anyone's to do, until the chair reassigns it. */
    @EventHandler
    void on(ActionDeclined event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.endAction(event.actionId());
        }
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequence) {
        store.advanceCase(event.caseId(), sequence);
    }

    /** The new assignee has it, open again if it had been declined. */
    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.reassignAction(event);
        }
    }

    /** A moved due date decides whether the action is overdue by the session's day. */
    @EventHandler
    void on(ActionDueDateChanged event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.moveAction(event);
        }
    }

    /** Its due date, still kept, already says it is overdue by any later session's day. */
    @EventHandler
    void on(ActionBecameOverdue event, @SequenceNumber long sequence) {
        store.advanceCase(event.caseId(), sequence);
    }

    /** Called off: no longer open, and no longer carried forward. */
    @EventHandler
    void on(ActionCancelled event, @SequenceNumber long sequence) {
        if (store.advanceCase(event.caseId(), sequence)) {
            store.settleAction(event.actionId());
        }
    }

    @QueryHandler
    List<SessionSummary> handle(FindSessions query) {
        return reader.list(query.reader(), query.period());
    }

    @QueryHandler
    Optional<SessionView> handle(FindSession query) {
        return reader.find(query.reader(), query.sessionId());
    }

    @QueryHandler
    Optional<AgendaProposal> handle(FindAgendaProposal query) {
        return reader.propose(query.reader(), query.sessionId(), query.zone(), query.minutesPerItem());
    }
}
