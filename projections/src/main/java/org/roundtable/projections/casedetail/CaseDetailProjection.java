package org.roundtable.projections.casedetail;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.CaseReviewDue;
import org.roundtable.core.cases.CaseReviewed;
import org.roundtable.core.cases.PostClosureReviewDue;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.cases.RepeatOf;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PARTNER;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/**
 * Keeps the case detail and answers {@link FindCaseDetail} and, across cases, {@link FindActions}. Each event
 * first moves the case row's last applied sequence number forward; only when it did are the event's other rows
 * written, so a replayed event changes nothing.
 */
public class CaseDetailProjection {

    public static final String NAME = "case-detail";

    /** The case detail, updated in each command's transaction. Child tables first: they are emptied in this order. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("case_detail_action_note", "case_detail_action_reliance",
                "case_detail_action", "case_detail_information", "case_detail_post_closure_review", "case_detail_status_change", "case_detail_participant", "case_detail"),
                new CaseDetailProjection(jdbc));
    }

    private final CaseDetailStore store;
    private final CaseDetailReader reader;
    private final ActionsReader actions;

    CaseDetailProjection(JdbcClient jdbc) {
        this.store = new CaseDetailStore(jdbc);
        this.reader = new CaseDetailReader(jdbc);
        this.actions = new ActionsReader(jdbc);
    }

    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        store.insertCase(event, sequence, at);
        store.repeatOf(event);
        store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.RAISED, at, person, partner));
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.OPEN, event.lead())) {
            store.addParticipants(event.caseId(), event.participants());
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.OPEN, at, person, partner));
        }
    }

    @EventHandler
    void on(LeadChanged event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.set(event.caseId(), "lead_partner = :lead", Map.of("lead", event.lead().value()));
        }
    }

    @EventHandler
    void on(ParticipantAdded event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addParticipants(event.caseId(), Set.of(event.partner()));
        }
    }

    @EventHandler
    void on(ParticipantRemoved event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.removeParticipant(event.caseId(), event.partner());
        }
    }

    @EventHandler
    void on(ConcernReferred event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.REFERRED)) {
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.REFERRED, at, person, partner)
                    .withNote(event.reason()).withReferredTo(event.referredTo()));
        }
    }

    /** The partner signposted to sees the concern, as a participant does; the history names it as the one referred to. */
    @EventHandler
    void on(ConcernSignposted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.SIGNPOSTED)) {
            store.addParticipants(event.caseId(), Set.of(event.partner()));
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.SIGNPOSTED, at, person, partner)
                    .withNote(event.feedback()).withReferredTo(event.partner().value()));
        }
    }

    @EventHandler
    void on(ConcernAdvised event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.ADVISED)) {
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.ADVISED, at, person, partner)
                    .withNote(event.advice()));
        }
    }

    @EventHandler
    void on(ConcernDismissed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.DISMISSED)) {
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.DISMISSED, at, person, partner)
                    .withNote(event.reason()));
        }
    }

    @EventHandler
    void on(InformationShared event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person) {
        if (store.advance(event.caseId(), sequence)) {
            store.addInformation(event, sequence, at, person);
        }
    }

    @EventHandler
    void on(InformationWithdrawn event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.removeInformation(event.informationId());
        }
    }

    @EventHandler
    void on(ActionAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.addAction(event, sequence, at);
        }
    }

    @EventHandler
    void on(ActionCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.completeAction(event, at);
        }
    }

    @EventHandler
    void on(ActionAccepted event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.accept(event);
        }
    }

    @EventHandler
    void on(ActionDeclined event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.decline(event);
        }
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.addProgress(event, sequence, at);
        }
    }

    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.reassign(event);
        }
    }

    @EventHandler
    void on(ActionDueDateChanged event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.moveDueDate(event);
        }
    }

    @EventHandler
    void on(ActionBecameOverdue event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.markOverdue(event);
        }
    }

    @EventHandler
    void on(ActionCancelled event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.cancel(event);
        }
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.CLOSED)) {
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.CLOSED, at, person, partner)
                    .withNote(event.note()).withClosureReason(event.reason()));
            Map<String, Object> closing = new HashMap<>();
            closing.put("at", at.atOffset(ZoneOffset.UTC));
            closing.put("outcome", event.report() == null ? null : event.report().outcome().text());
            closing.put("criteria", event.report() == null ? null : event.report().exitCriteria().name());
            closing.put("reviews", days(event.postClosureReviews()));
            store.set(event.caseId(), """
                    closed_at = :at, closing_outcome = :outcome, exit_criteria = :criteria,
                    post_closure_reviews = :reviews, post_closure_reviews_due = null,
                    next_review_on = null, review_due = false""", closing);
        }
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PERSON) String person, @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence, CaseStatus.OPEN)) {
            store.recordStatus(event.caseId(), new StatusRow(sequence, CaseStatus.OPEN, at, person, partner)
                    .withNote(event.reason()));
            store.set(event.caseId(), """
                    closed_at = null, closing_outcome = null, exit_criteria = null, post_closure_reviews = null,
                    post_closure_reviews_due = null""", Map.of());
        }
    }

    @EventHandler
    void on(ReviewScheduled event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.set(event.caseId(), "next_review_on = :day, review_due = false", Map.of("day", event.dueOn()));
        }
    }

    @EventHandler
    void on(CaseReviewed event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            Map<String, Object> review = new HashMap<>();
            review.put("day", event.reviewedOn());
            review.put("note", event.note().text());
            store.set(event.caseId(), "last_reviewed_on = :day, last_review_note = :note", review);
        }
    }

    @EventHandler
    void on(CaseReviewDue event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.set(event.caseId(), "review_due = true", Map.of());
        }
    }

    /** The days that came are kept as the planned ones are, in one column: the list is short and read whole. */
    @EventHandler
    void on(PostClosureReviewDue event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.set(event.caseId(), """
                    post_closure_reviews_due = case when post_closure_reviews_due is null then :day
                                                    else post_closure_reviews_due || ',' || :day end""",
                    Map.of("day", event.dueOn().toString()));
        }
    }

    /** A recorded review is a row of its own; the days due stay as they came, the reader leaves out those recorded. */
    @EventHandler
    void on(PostClosureReviewRecorded event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addPostClosureReview(event, sequence);
        }
    }

    private static String days(List<LocalDate> days) {
        return days.isEmpty() ? null : days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    @QueryHandler
    Optional<RepeatOf> handle(FindRecentClosure query) {
        return reader.recentClosure(query.subject(), query.since());
    }

    @QueryHandler
    Optional<CaseDetail> handle(FindCaseDetail query) {
        return reader.find(query.reader(), query.caseId());
    }

    @QueryHandler
    List<ActionOverview> handle(FindActions query) {
        return actions.find(query);
    }
}
