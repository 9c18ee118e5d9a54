package org.roundtable.projections.reciprocity;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionEvent;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps, per partner, the events in which it gave (shared an item) or took on work (an action assigned or
 * reassigned to it, completed by it), and answers {@link FindReciprocity} with their counts per partner. It lags:
 * the report may miss the last second's events. A row that exists already is skipped by the insert itself ({@code on
 * conflict do nothing}): an event is counted once, even when two processors handle it while one takes a
 * segment's claim over from the other.
 */
public class ReciprocityProjection {

    public static final String NAME = "reciprocity";

    /** What kind of contribution an event is. */
    enum Kind { SHARED, TAKEN_ON, COMPLETED }

    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.lagging(NAME, List.of("reciprocity_event"), new ReciprocityProjection(jdbc));
    }

    private final JdbcClient jdbc;

    ReciprocityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InformationShared event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.caseId(), sequence, event.owner(), Kind.SHARED, at);
    }

    @EventHandler
    void on(ActionAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.caseId(), sequence, event.assignee(), Kind.TAKEN_ON, at);
    }

    @EventHandler
    void on(ActionCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.caseId(), sequence, event.assignee(), Kind.COMPLETED, at);
    }

    /**
     * A reassignment hands the work to another partner: the new assignee takes it on, and counts it as taken on;
     * the partner it came from keeps the count of its own assignment, for it did take the work on once.
     */
    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.caseId(), sequence, event.assignee(), Kind.TAKEN_ON, at);
    }

    /**
     * The rest of an action's life (accepted, declined, progress noted, due date moved, overdue, cancelled) neither
     * gives nor takes: the report counts work handed to a partner and work it finished, not how it went.
     */
    @EventHandler
    void on(ActionEvent event) {
        // counts nothing, by decision: see above
    }

    /** Each partner with anything in the period, by partner code. */
    @QueryHandler
    List<PartnerContribution> handle(FindReciprocity query) {
        if (!NeedToKnow.seesReciprocity(query.reader())) {
            throw new NotAllowed("not-the-chair", "only the chair sees what each partner gives and takes");
        }
        return jdbc.sql("""
                        select partner_id,
                               sum(case when kind = 'SHARED' then 1 else 0 end) as shared,
                               sum(case when kind = 'TAKEN_ON' then 1 else 0 end) as taken_on,
                               sum(case when kind = 'COMPLETED' then 1 else 0 end) as completed
                        from reciprocity_event
                        where occurred_at >= :from and occurred_at < :to
                        group by partner_id order by partner_id""")
                .param("from", query.from().atOffset(ZoneOffset.UTC))
                .param("to", query.to().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new PartnerContribution(new PartnerId(rs.getString("partner_id")),
                        rs.getLong("shared"), rs.getLong("taken_on"), rs.getLong("completed")))
                .list();
    }

    private void record(CaseId caseId, long sequence, PartnerId partner, Kind kind, Instant at) {
        jdbc.sql("""
                        insert into reciprocity_event (case_id, sequence_number, partner_id, kind, occurred_at)
                        values (:caseId, :sequence, :partner, :kind, :at)
                        on conflict do nothing""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .param("partner", partner.value())
                .param("kind", kind.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
