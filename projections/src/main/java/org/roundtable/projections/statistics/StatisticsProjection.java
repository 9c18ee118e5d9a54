package org.roundtable.projections.statistics;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.ParticipationEvent;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.statistics.CountTable;
import org.roundtable.core.statistics.Suppression;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Counts what happens to concerns and cases, by month (UTC) and concern category, and answers
 * {@link FindStatistics} for policy members and the chair. A case's category comes from its concern and is
 * kept here for the events that follow; each counted event is one row keyed by the case and its sequence
 * number, so a replayed event is counted once. The inserts skip a row that exists already ({@code on conflict
 * do nothing}) rather than check first: a lagging read model's event may also be handled by two processors at
 * once, while one takes a segment's claim over from another.
 */
public class StatisticsProjection {

    public static final String NAME = "statistics";

    /** The statistics, brought up to date soon after each command; no command waits for them. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.lagging(NAME, List.of("statistics_event", "statistics_case"), new StatisticsProjection(jdbc));
    }

    private final JdbcClient jdbc;
    private final StatisticsReader reader;

    StatisticsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reader = new StatisticsReader(jdbc);
    }

    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence, @Timestamp Instant raisedAt) {
        jdbc.sql("""
                        insert into statistics_case (case_id, category) values (:caseId, :category)
                        on conflict do nothing""")
                .param("caseId", event.caseId().value())
                .param("category", event.category().name())
                .update();
        count(event.caseId(), sequence, Measure.CONCERNS_RAISED, raisedAt);
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence, @Timestamp Instant openedAt) {
        count(event.caseId(), sequence, Measure.CASES_OPENED, openedAt);
    }

    @EventHandler
    void on(ConcernReferred event, @SequenceNumber long sequence, @Timestamp Instant referredAt) {
        count(event.caseId(), sequence, Measure.CONCERNS_REFERRED, referredAt);
    }

    @EventHandler
    void on(ConcernDismissed event, @SequenceNumber long sequence, @Timestamp Instant dismissedAt) {
        count(event.caseId(), sequence, Measure.CONCERNS_DISMISSED, dismissedAt);
    }

    @EventHandler
    void on(ConcernAdvised event, @SequenceNumber long sequence, @Timestamp Instant advisedAt) {
        count(event.caseId(), sequence, Measure.CONCERNS_ADVISED, advisedAt);
    }

    @EventHandler
    void on(ConcernSignposted event, @SequenceNumber long sequence, @Timestamp Instant signpostedAt) {
        count(event.caseId(), sequence, Measure.CONCERNS_SIGNPOSTED, signpostedAt);
    }

    /** Who leads or takes part in a case is not counted; opening and signposting are, above. */
    @EventHandler
    void on(ParticipationEvent event) {
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence, @Timestamp Instant closedAt) {
        count(event.caseId(), sequence, Measure.CASES_CLOSED, closedAt);
    }

    @QueryHandler
    Statistics handle(FindStatistics query) {
        if (!NeedToKnow.seesStatistics(query.reader())) {
            throw new NotAllowed("not-a-policy-member", "only policy members and the chair see the round table's statistics");
        }
        Map<Measure, CountTable> counts = reader.counts(query.from(), query.to());
        return new Statistics(query.from(), query.to(), shown(counts, Measure.CONCERNS_RAISED, query),
                shown(counts, Measure.CASES_OPENED, query), shown(counts, Measure.CONCERNS_REFERRED, query),
                shown(counts, Measure.CONCERNS_DISMISSED, query), shown(counts, Measure.CONCERNS_ADVISED, query),
                shown(counts, Measure.CONCERNS_SIGNPOSTED, query), shown(counts, Measure.CASES_CLOSED, query));
    }

    /** A measure's table as it may be shown: nothing below five, and nothing that gives such a count away. */
    private static StatisticsTable shown(Map<Measure, CountTable> counts, Measure measure, FindStatistics query) {
        return StatisticsTable.of(Suppression.apply(counts.get(measure)), query.from());
    }

    /** One row for the event, in the case's category, unless the event was counted before. */
    private void count(CaseId caseId, long sequence, Measure measure, Instant at) {
        int written = jdbc.sql("""
                        insert into statistics_event (case_id, sequence_number, measure, month_start, category)
                        select case_id, :sequence, :measure, :monthStart, category
                        from statistics_case
                        where case_id = :caseId
                        on conflict do nothing""")
                .param("caseId", caseId.value())
                .param("sequence", sequence)
                .param("measure", measure.name())
                .param("monthStart", LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1))
                .update();
        if (written == 0 && !reader.knows(caseId)) {
            throw new IllegalStateException("no concern was counted for case " + caseId + ", so its category is unknown");
        }
    }
}
