package org.roundtable.projections.statistics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.core.statistics.CountTable;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.roundtable.core.cases.ConcernCategory.FOREIGN_FIGHTER;
import static org.roundtable.core.cases.ConcernCategory.OTHER;
import static org.roundtable.core.cases.ConcernCategory.POLARISATION;
import static org.roundtable.core.cases.ConcernCategory.RADICALISATION;
import static org.roundtable.core.cases.ConcernCategory.VIOLENT_EXTREMISM;

class StatisticsProjectionTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final Reader POLICY_MEMBER = reader("pieter", Role.POLICY);

    private final JdbcClient jdbc = TestDatabase.migrated(StatisticsProjectionTest.class);
    private final ReadModel readModel = StatisticsProjection.readModel(jdbc);
    private final StatisticsProjection projection = (StatisticsProjection) readModel.projection();
    private final StatisticsReader reader = new StatisticsReader(jdbc);
    private int caseNumbers;

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void it_is_a_lagging_read_model_of_its_own_tables() {
        assertThat(readModel.name()).isEqualTo("statistics");
        assertThat(readModel.consistency()).isEqualTo(ReadModel.Consistency.LAGGING);
        assertThat(readModel.tables()).containsExactly("statistics_event", "statistics_case");
    }

    @Test
    void a_concern_counts_as_raised_in_its_month_and_category() {
        apply(story("2026-03-02T09:00:00Z").raisedAs(POLARISATION));

        assertThat(count(Measure.CONCERNS_RAISED, MARCH, POLARISATION)).isEqualTo(1);
        assertThat(total(Measure.CONCERNS_RAISED)).isEqualTo(1);
    }

    @Test
    void screening_outcomes_count_in_the_month_of_the_screening_in_the_category_of_the_concern() {
        // Raised on the last evening of January, screened an hour later: in February.
        CaseStory opened = story("2026-01-31T23:30:00Z");
        CaseStory referred = story("2026-01-31T23:30:00Z");
        CaseStory dismissed = story("2026-01-31T23:30:00Z");
        apply(opened.raisedAs(FOREIGN_FIGHTER), opened.opened(), referred.raisedAs(OTHER), referred.referred(),
                dismissed.raisedAs(POLARISATION), dismissed.dismissed());

        assertThat(count(Measure.CONCERNS_RAISED, JANUARY, FOREIGN_FIGHTER)).isEqualTo(1);
        assertThat(count(Measure.CASES_OPENED, FEBRUARY, FOREIGN_FIGHTER)).isEqualTo(1);
        assertThat(count(Measure.CONCERNS_REFERRED, FEBRUARY, OTHER)).isEqualTo(1);
        assertThat(count(Measure.CONCERNS_DISMISSED, FEBRUARY, POLARISATION)).isEqualTo(1);
        assertThat(total(Measure.CONCERNS_RAISED)).isEqualTo(3);
        assertThat(total(Measure.CASES_OPENED) + total(Measure.CONCERNS_REFERRED) + total(Measure.CONCERNS_DISMISSED))
                .isEqualTo(3);
    }

    @Test
    void advice_only_and_signposting_count_as_screening_outcomes_of_their_own() {
        CaseStory advised = story("2026-02-10T10:00:00Z");
        CaseStory signposted = story("2026-02-10T10:00:00Z");
        apply(advised.raisedAs(POLARISATION), advised.advised(), signposted.raisedAs(OTHER), signposted.signposted());

        assertThat(count(Measure.CONCERNS_ADVISED, FEBRUARY, POLARISATION)).isEqualTo(1);
        assertThat(count(Measure.CONCERNS_SIGNPOSTED, FEBRUARY, OTHER)).isEqualTo(1);
        assertThat(total(Measure.CASES_OPENED) + total(Measure.CONCERNS_DISMISSED)).isZero();
    }

    @Test
    void months_are_months_in_utc() {
        // 23:30 UTC on the last day of February is already March in Brussels; it counts in February.
        apply(story("2026-02-28T23:30:00Z").raised());

        assertThat(count(Measure.CONCERNS_RAISED, FEBRUARY, RADICALISATION)).isEqualTo(1);
        assertThat(count(Measure.CONCERNS_RAISED, MARCH, RADICALISATION)).isZero();
    }

    @Test
    void a_case_counts_as_closed_in_each_month_it_was_closed() {
        // Closed seven hours after it was raised (March 31st), reopened, and closed again in April.
        CaseStory story = story("2026-03-31T16:00:00Z");
        apply(story.raisedAs(VIOLENT_EXTREMISM), story.opened(), story.closed(), story.reopened(), story.closedAgain());

        assertThat(count(Measure.CASES_CLOSED, MARCH, VIOLENT_EXTREMISM)).isEqualTo(1);
        assertThat(count(Measure.CASES_CLOSED, APRIL, VIOLENT_EXTREMISM)).isEqualTo(1);
    }

    @Test
    void information_actions_and_reopening_count_for_nothing() {
        CaseStory story = story("2026-03-02T09:00:00Z");
        story.happyStory().forEach(this::apply);

        assertThat(total(Measure.CONCERNS_RAISED)).isEqualTo(1);
        assertThat(total(Measure.CASES_OPENED)).isEqualTo(1);
        assertThat(total(Measure.CASES_CLOSED)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from statistics_event").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void applying_every_event_twice_counts_each_once() {
        CaseStory story = story("2026-03-02T09:00:00Z");
        List<Recorded<? extends CaseEvent>> events = new ArrayList<>(story.happyStory());
        events.add(story.closedAgain());
        events.forEach(this::apply);
        Map<Measure, CountTable> once = reader.counts(MARCH, APRIL);

        events.forEach(this::apply);

        assertThat(snapshot(reader.counts(MARCH, APRIL))).isEqualTo(snapshot(once));
        assertThat(count(Measure.CASES_CLOSED, MARCH, RADICALISATION)).isEqualTo(2);
    }

    @Test
    void emptying_its_tables_and_replaying_gives_the_same_counts() {
        CaseStory story = story("2026-03-02T09:00:00Z");
        story.happyStory().forEach(this::apply);
        List<String> before = snapshot(reader.counts(MARCH, MARCH));

        TestDatabase.empty(jdbc, readModel);
        assertThat(total(Measure.CONCERNS_RAISED)).isZero();

        story.happyStory().forEach(this::apply);
        assertThat(snapshot(reader.counts(MARCH, MARCH))).isEqualTo(before);
    }

    @Test
    void an_event_of_a_case_whose_concern_was_never_seen_is_refused_loudly() {
        CaseStory story = story("2026-03-02T09:00:00Z");

        IllegalStateException refused = catchThrowableOfType(IllegalStateException.class, () -> apply(story.opened()));

        assertThat(refused).hasMessageContaining(story.caseId.toString());
    }

    @Test
    void the_answer_hides_counts_below_five_and_the_counts_that_would_give_them_away() {
        raise(MARCH, RADICALISATION, 2);
        raise(MARCH, VIOLENT_EXTREMISM, 10);
        raise(MARCH, FOREIGN_FIGHTER, 12);
        raise(MARCH, POLARISATION, 20);
        raise(MARCH, OTHER, 30);
        raise(APRIL, RADICALISATION, 9);
        raise(APRIL, VIOLENT_EXTREMISM, 20);
        raise(APRIL, FOREIGN_FIGHTER, 30);
        raise(APRIL, POLARISATION, 40);
        raise(APRIL, OTHER, 50);

        Statistics statistics = projection.handle(new FindStatistics(POLICY_MEMBER, MARCH, APRIL));

        assertThat(statistics.from()).isEqualTo(MARCH);
        assertThat(statistics.to()).isEqualTo(APRIL);
        assertThat(lines(statistics.concernsRaised())).containsExactly(
                "2026-03: <5 -- 12 20 30 | 74",
                "2026-04: -- -- 30 40 50 | 149",
                "total: 11 30 42 60 80 | 223");
        assertThat(lines(statistics.casesOpened())).containsExactly(
                "2026-03: <5 <5 <5 <5 <5 | <5",
                "2026-04: <5 <5 <5 <5 <5 | <5",
                "total: <5 <5 <5 <5 <5 | <5");
    }

    @Test
    void each_category_is_named_in_its_cell_and_months_without_events_are_in_the_table() {
        Statistics statistics = projection.handle(new FindStatistics(POLICY_MEMBER, JANUARY, MARCH));

        StatisticsTable table = statistics.concernsDismissed();
        assertThat(table.months()).extracting(MonthFigures::month).containsExactly(JANUARY, FEBRUARY, MARCH);
        assertThat(table.months().get(0).categories()).extracting(CategoryFigure::category)
                .containsExactly(ConcernCategory.values());
        assertThat(table.categoryTotals()).extracting(CategoryFigure::category).containsExactly(ConcernCategory.values());
    }

    @Test
    void only_policy_members_and_the_chair_see_the_statistics() {
        for (Reader allowed : List.of(POLICY_MEMBER, reader("chris", Role.CHAIR))) {
            assertThat(projection.handle(new FindStatistics(allowed, MARCH, MARCH))).isNotNull();
        }
        for (Role role : List.of(Role.PARTNER, Role.COMPLIANCE, Role.ADMIN)) {
            NotAllowed refused = catchThrowableOfType(NotAllowed.class,
                    () -> projection.handle(new FindStatistics(reader("someone", role), MARCH, MARCH)));
            assertThat(refused).as("%s", role).isNotNull();
            assertThat(refused.code()).isEqualTo("not-a-policy-member");
        }
    }

    private static Reader reader(String person, Role role) {
        return new Reader(PersonId.of(person), PartnerId.of("city"), Set.of(role), true);
    }

    private CaseStory story(String start) {
        caseNumbers++;
        return new CaseStory(CaseNumber.of("2026-%04d".formatted(caseNumbers)), Instant.parse(start));
    }

    private void raise(YearMonth month, ConcernCategory category, int concerns) {
        for (int i = 0; i < concerns; i++) {
            apply(story(month.atDay(10) + "T09:00:00Z").raisedAs(category));
        }
    }

    private int count(Measure measure, YearMonth month, ConcernCategory category) {
        return reader.counts(month, month).get(measure).count(0, category.ordinal());
    }

    private int total(Measure measure) {
        return reader.counts(JANUARY, YearMonth.of(2026, 12)).get(measure).grandTotal();
    }

    /** Each measure's counts as text, to compare two states. */
    private static List<String> snapshot(Map<Measure, CountTable> counts) {
        List<String> lines = new ArrayList<>();
        counts.forEach((measure, table) -> {
            for (int row = 0; row < table.rows(); row++) {
                StringBuilder line = new StringBuilder(measure + " " + row + ":");
                for (int column = 0; column < table.columns(); column++) {
                    line.append(' ').append(table.count(row, column));
                }
                lines.add(line.toString());
            }
        });
        return lines;
    }

    /** A table as it is shown: a line per month and one of totals, "<5" below five, "--" complementary. */
    private static List<String> lines(StatisticsTable table) {
        List<String> lines = new ArrayList<>();
        table.months().forEach(month -> lines.add(month.month() + ": " + line(month.categories(), month.total())));
        lines.add("total: " + line(table.categoryTotals(), table.total()));
        return lines;
    }

    private static String line(List<CategoryFigure> categories, Figure total) {
        List<String> cells = new ArrayList<>();
        categories.forEach(cell -> cells.add(text(new Figure(cell.value(), cell.suppression()))));
        return String.join(" ", cells) + " | " + text(total);
    }

    private static String text(Figure figure) {
        if (figure.suppression() == null) {
            assertThat(figure.value()).isNotNull().isGreaterThanOrEqualTo(5);
            return String.valueOf(figure.value());
        }
        assertThat(figure.value()).isNull();
        return switch (figure.suppression()) {
            case BELOW_FIVE -> "<5";
            case COMPLEMENTARY -> "--";
        };
    }

    @SafeVarargs
    private void apply(Recorded<? extends CaseEvent>... events) {
        for (Recorded<? extends CaseEvent> event : events) {
            apply(event);
        }
    }

    private void apply(Recorded<? extends CaseEvent> recorded) {
        long sequence = recorded.sequence();
        Instant at = recorded.at();
        CaseEvent event = recorded.event();
        if (event instanceof ConcernRaised e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseOpened e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ConcernReferred e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ConcernDismissed e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ConcernAdvised e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ConcernSignposted e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseClosed e) {
            projection.on(e, sequence, at);
        }
        // information, actions and reopening are not counted: the projection has no handler for them
    }
}
