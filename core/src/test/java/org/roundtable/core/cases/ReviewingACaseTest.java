package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.CLOCK;
import static org.roundtable.core.cases.CaseFixtures.FIRST_REVIEW;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.REPORT;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.cases.CaseFixtures.reviewScheduled;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * Each open case has a next review: set at the round table's interval when it opens or reopens, moved by the chair,
 * and set again when the chair records a review. When its day comes, a deadline records that the review is due,
 * once; closing cancels it, and may plan reviews after closing, each with a deadline of its own.
 */
class ReviewingACaseTest {

    private static final PersonalText NOTE = PersonalText.of("attends school again; keep the youth worker involved");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void opening_a_case_plans_its_first_review_after_the_round_tables_interval() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .when(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of(YOUTH_WORK)),
                       Period.ofWeeks(6)))
               .expectEvents(caseOpened(POLICE, YOUTH_WORK), reviewScheduled(TODAY.plusWeeks(6)))
               .expectScheduledDeadline(startOf(TODAY.plusWeeks(6)), new ReviewFallsDue(TODAY.plusWeeks(6), false));
    }

    @Test
    void a_review_falls_due_on_its_day_once() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .whenTimeAdvancesTo(startOf(FIRST_REVIEW))
               .expectDeadlinesMet(new ReviewFallsDue(FIRST_REVIEW, false))
               .expectEvents(new CaseReviewDue(CASE, FIRST_REVIEW));
    }

    @Test
    void a_review_is_not_due_the_day_before() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .whenTimeAdvancesTo(startOf(FIRST_REVIEW).minusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void a_review_recorded_due_already_is_not_recorded_again() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .andGiven(new CaseReviewDue(CASE, FIRST_REVIEW))
               .whenTimeAdvancesTo(startOf(FIRST_REVIEW))
               .expectNoEvents();
    }

    @Test
    void the_chair_moves_the_review_and_its_deadline_moves_with_it() {
        LocalDate sooner = TODAY.plusWeeks(2);
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .when(new ScheduleReview(CASE, CHAIR, sooner))
               .expectEvents(reviewScheduled(sooner))
               .expectScheduledDeadline(startOf(sooner), new ReviewFallsDue(sooner, false))
               .expectNoScheduledDeadline(startOf(FIRST_REVIEW), new ReviewFallsDue(FIRST_REVIEW, false));
    }

    @Test
    void a_deadline_of_a_moved_review_changes_nothing() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .andGiven(reviewScheduled(TODAY.plusWeeks(2)))
               .whenTimeAdvancesTo(startOf(FIRST_REVIEW))
               .expectNoEvents();
    }

    @Test
    void a_review_cannot_be_planned_in_the_past() {
        fixture.given(concernRaised(), caseOpened(POLICE), reviewScheduled(FIRST_REVIEW))
               .when(new ScheduleReview(CASE, CHAIR, TODAY.minusDays(1)))
               .expectException(refusal(RuleViolation.class, "review-date-in-past"))
               .expectNoEvents();
    }

    @Test
    void only_the_chair_moves_a_review() {
        fixture.given(concernRaised(), caseOpened(POLICE), reviewScheduled(FIRST_REVIEW))
               .when(new ScheduleReview(CASE, representativeOf(POLICE), TODAY.plusWeeks(2)))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void a_closed_case_has_no_next_review() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(new ScheduleReview(CASE, CHAIR, TODAY.plusWeeks(2)))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void recording_a_review_plans_the_next_after_the_interval() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE),
                       reviewScheduled(TODAY), new CaseReviewDue(CASE, TODAY))
               .when(new RecordReview(CASE, CHAIR, NOTE, null, Period.ofMonths(3)))
               .expectEvents(new CaseReviewed(CASE, NOTE, TODAY), reviewScheduled(FIRST_REVIEW))
               .expectScheduledDeadline(startOf(FIRST_REVIEW), new ReviewFallsDue(FIRST_REVIEW, false));
    }

    @Test
    void recording_a_review_may_name_the_next_day() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE), reviewScheduled(TODAY))
               .when(new RecordReview(CASE, CHAIR, NOTE, TODAY.plusWeeks(4), Period.ofMonths(3)))
               .expectEvents(new CaseReviewed(CASE, NOTE, TODAY), reviewScheduled(TODAY.plusWeeks(4)));
    }

    @Test
    void the_next_review_after_one_recorded_today_is_after_today() {
        fixture.given(concernRaised(), caseOpened(POLICE), reviewScheduled(TODAY))
               .when(new RecordReview(CASE, CHAIR, NOTE, TODAY, Period.ofMonths(3)))
               .expectException(refusal(RuleViolation.class, "review-date-in-past"))
               .expectNoEvents();
    }

    @Test
    void closing_a_case_cancels_its_review() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .when(CaseFixtures.closeCase(null))
               .expectNoScheduledDeadlines();
    }

    @Test
    void the_deadline_of_a_closed_cases_review_changes_nothing() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised())
               .andGivenCommands(new ScreenConcern(CASE, CHAIR, new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .andGiven(caseClosed())
               .whenTimeAdvancesTo(startOf(FIRST_REVIEW))
               .expectNoEvents();
    }

    @Test
    void reopening_a_case_plans_its_review_again() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(new ReopenCase(CASE, CHAIR, REASON, Period.ofMonths(2)))
               .expectEvents(new CaseReopened(CASE, REASON), reviewScheduled(TODAY.plusMonths(2)))
               .expectScheduledDeadline(startOf(TODAY.plusMonths(2)), new ReviewFallsDue(TODAY.plusMonths(2), false));
    }
}
