package org.roundtable.projections.caselist;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
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
import org.roundtable.core.cases.ActionEvent;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.CaseReviewDue;
import org.roundtable.core.cases.PostClosureReviewDue;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.common.PartnerId;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the case list, one row per case, and answers {@link FindCases}. It handles only the events that
 * change the list; information shared or withdrawn passes it by.
 */
public class CaseListProjection {

    public static final String NAME = "case-list";

    /** The case list, updated in each command's transaction. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("case_list_action", "case_list_participant", "case_list"),
                new CaseListProjection(jdbc));
    }

    private final JdbcClient jdbc;
    private final CaseListReader reader;

    CaseListProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reader = new CaseListReader(jdbc);
    }

    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence, @Timestamp Instant raisedAt) {
        jdbc.sql("""
                        insert into case_list (case_id, case_number, status, urgency, category, raised_at,
                                               raised_by_partner, open_action_count, repeat_of_number, last_sequence)
                        select :caseId, :caseNumber, :status, :urgency, :category, :raisedAt, :raisedBy, 0, :repeatOf,
                               :sequence
                        where not exists (select 1 from case_list where case_id = :caseId)""")
                .param("caseId", event.caseId().value())
                .param("caseNumber", event.caseNumber().value())
                .param("status", CaseStatus.RAISED.name())
                .param("urgency", event.urgency().name())
                .param("category", event.category().name())
                .param("raisedAt", utc(raisedAt))
                .param("raisedBy", event.raisedBy().partner().value())
                .param("repeatOf", event.repeatOf() == null ? null : event.repeatOf().caseNumber().value())
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence, @Timestamp Instant openedAt) {
        advance(event.caseId(), sequence,
                "status = :status, screening_outcome = :status, lead_partner = :lead, opened_at = :openedAt")
                .param("status", CaseStatus.OPEN.name())
                .param("lead", event.lead().value())
                .param("openedAt", utc(openedAt))
                .update();
        event.participants().forEach(partner -> addParticipant(event.caseId(), partner));
    }

    /** The partner signposted to sees the concern, as a participant does. */
    @EventHandler
    void on(ConcernSignposted event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "status = :status, screening_outcome = :status")
                .param("status", CaseStatus.SIGNPOSTED.name())
                .update();
        addParticipant(event.caseId(), event.partner());
    }

    @EventHandler
    void on(ConcernAdvised event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "status = :status, screening_outcome = :status")
                .param("status", CaseStatus.ADVISED.name())
                .update();
    }

    @EventHandler
    void on(LeadChanged event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "lead_partner = :lead").param("lead", event.lead().value()).update();
    }

    @EventHandler
    void on(ParticipantAdded event, @SequenceNumber long sequence) {
        if (advanced(event.caseId(), sequence)) {
            addParticipant(event.caseId(), event.partner());
        }
    }

    @EventHandler
    void on(ParticipantRemoved event, @SequenceNumber long sequence) {
        if (advanced(event.caseId(), sequence)) {
            jdbc.sql("delete from case_list_participant where case_id = :caseId and partner_id = :partner")
                    .param("caseId", event.caseId().value())
                    .param("partner", event.partner().value())
                    .update();
        }
    }

    private void addParticipant(CaseId caseId, PartnerId partner) {
        jdbc.sql("""
                        insert into case_list_participant (case_id, partner_id)
                        select :caseId, :partner
                        where not exists (select 1 from case_list_participant
                                          where case_id = :caseId and partner_id = :partner)""")
                .param("caseId", caseId.value())
                .param("partner", partner.value())
                .update();
    }

    @EventHandler
    void on(ConcernReferred event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "status = :status, screening_outcome = :status")
                .param("status", CaseStatus.REFERRED.name())
                .update();
    }

    @EventHandler
    void on(ConcernDismissed event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "status = :status, screening_outcome = :status")
                .param("status", CaseStatus.DISMISSED.name())
                .update();
    }

    @EventHandler
    void on(ActionAssigned event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    @EventHandler
    void on(ActionAccepted event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    @EventHandler
    void on(ActionDeclined event, @SequenceNumber long sequence) {
        action(event, sequence, false);
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    /** A declined action handed to another partner is open again. */
    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    @EventHandler
    void on(ActionDueDateChanged event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    @EventHandler
    void on(ActionBecameOverdue event, @SequenceNumber long sequence) {
        action(event, sequence, true);
    }

    @EventHandler
    void on(ActionCompleted event, @SequenceNumber long sequence) {
        action(event, sequence, false);
    }

    @EventHandler
    void on(ActionCancelled event, @SequenceNumber long sequence) {
        action(event, sequence, false);
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence, @Timestamp Instant closedAt) {
        advance(event.caseId(), sequence, """
                status = :status, closed_at = :closedAt, next_review_on = null, review_due = false,
                post_closure_reviews_due = null""")
                .param("status", CaseStatus.CLOSED.name())
                .param("closedAt", utc(closedAt))
                .update();
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "status = :status, closed_at = null, post_closure_reviews_due = null")
                .param("status", CaseStatus.OPEN.name())
                .update();
    }

    @EventHandler
    void on(ReviewScheduled event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "next_review_on = :day, review_due = false")
                .param("day", event.dueOn())
                .update();
    }

    @EventHandler
    void on(CaseReviewDue event, @SequenceNumber long sequence) {
        advance(event.caseId(), sequence, "review_due = true").update();
    }

    @EventHandler
    void on(PostClosureReviewDue event, @SequenceNumber long sequence) {
        reviewsAfterClosingDue(event.caseId(), sequence, event.dueOn(), true);
    }

    @EventHandler
    void on(PostClosureReviewRecorded event, @SequenceNumber long sequence) {
        reviewsAfterClosingDue(event.caseId(), sequence, event.dueOn(), false);
    }

    /** Adds a day to the reviews after closing due, or takes one off, once per event: the list is short and read whole. */
    private void reviewsAfterClosingDue(CaseId caseId, long sequence, LocalDate day, boolean due) {
        if (advance(caseId, sequence, "post_closure_reviews_due = post_closure_reviews_due").update() == 0) {
            return;
        }
        TreeSet<LocalDate> days = new TreeSet<>(jdbc.sql("select post_closure_reviews_due from case_list where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, row) -> days(rs.getString(1))).single());
        if (due) {
            days.add(day);
        } else {
            days.remove(day);
        }
        jdbc.sql("update case_list set post_closure_reviews_due = :days where case_id = :caseId")
                .param("caseId", caseId.value())
                .param("days", days.isEmpty() ? null : days.stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                .update();
    }

    /** The days of a comma-separated column, earliest first; none for null. */
    static List<LocalDate> days(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(LocalDate::parse).sorted().toList();
    }

    @QueryHandler
    List<CaseSummary> handle(FindCases query) {
        return reader.find(query.reader(), query.status());
    }

    /**
     * Records whether an action is open after this event, then counts the case's open actions again: a count
     * recomputed from the actions cannot drift, whatever order declines, reassignments and cancellations come in.
     */
    private void action(ActionEvent event, long sequence, boolean open) {
        if (advance(event.caseId(), sequence, "open_action_count = open_action_count").update() == 0) {
            return;
        }
        int updated = jdbc.sql("update case_list_action set open = :open where action_id = :actionId")
                .param("actionId", event.actionId().value())
                .param("open", open)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into case_list_action (action_id, case_id, open) values (:actionId, :caseId, :open)")
                    .param("actionId", event.actionId().value())
                    .param("caseId", event.caseId().value())
                    .param("open", open)
                    .update();
        }
        jdbc.sql("""
                        update case_list set open_action_count =
                            (select count(*) from case_list_action where case_id = :caseId and open = true)
                        where case_id = :caseId""")
                .param("caseId", event.caseId().value())
                .update();
    }

    /**
     * An update that applies only if the row has not yet seen this event: relative changes (the action
     * count) must not be applied twice when events are replayed.
     */
    /** Records that the case has seen this event, changing nothing else; false when it had seen it already. */
    private boolean advanced(CaseId caseId, long sequence) {
        return jdbc.sql("update case_list set last_sequence = :sequence where case_id = :caseId and last_sequence < :sequence")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .update() > 0;
    }

    private JdbcClient.StatementSpec advance(CaseId caseId, long sequence, String assignments) {
        return jdbc.sql("update case_list set " + assignments + ", last_sequence = :sequence"
                        + " where case_id = :caseId and last_sequence < :sequence")
                .param("caseId", caseId.value())
                .param("sequence", sequence);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
