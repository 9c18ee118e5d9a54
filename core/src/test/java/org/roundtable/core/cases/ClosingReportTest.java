package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.CLOCK;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.REPORT;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.reviewScheduled;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * Closing a case takes a closing report, and may plan reviews after closing (for example six and twelve months on):
 * each falls due on its day, once, while the case stays closed; reopening cancels them.
 */
class ClosingReportTest {

    private static final LocalDate SIX_MONTHS = TODAY.plusMonths(6);
    private static final LocalDate TWELVE_MONTHS = TODAY.plusMonths(12);

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static CloseCase closeWithReviews(LocalDate... days) {
        return new CloseCase(CASE, CHAIR, ClosureReason.RISK_REDUCED, null, REPORT, List.of(days));
    }

    private static CaseClosed closedWithReviews(LocalDate... days) {
        return new CaseClosed(CASE, ClosureReason.RISK_REDUCED, null, REPORT, List.of(days));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void closing_records_the_report_and_plans_the_reviews_after_closing() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE), reviewScheduled(TODAY.plusMonths(3)))
               .when(closeWithReviews(TWELVE_MONTHS, SIX_MONTHS))
               .expectEvents(closedWithReviews(SIX_MONTHS, TWELVE_MONTHS))
               .expectScheduledDeadline(startOf(SIX_MONTHS), new ReviewFallsDue(SIX_MONTHS, true))
               .expectScheduledDeadline(startOf(TWELVE_MONTHS), new ReviewFallsDue(TWELVE_MONTHS, true));
    }

    @Test
    void a_review_after_closing_falls_due_once() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE))
               .andGivenCommands(closeWithReviews(SIX_MONTHS))
               .andGiven(new PostClosureReviewDue(CASE, SIX_MONTHS))
               .whenTimeAdvancesTo(startOf(SIX_MONTHS))
               .expectNoEvents();
    }

    @Test
    void a_review_after_closing_falls_due_on_its_day() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE))
               .andGivenCommands(closeWithReviews(SIX_MONTHS, TWELVE_MONTHS))
               .whenTimeAdvancesTo(startOf(SIX_MONTHS))
               .expectEvents(new PostClosureReviewDue(CASE, SIX_MONTHS));
    }

    @Test
    void a_review_after_closing_is_planned_after_today() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(closeWithReviews(TODAY))
               .expectException(refusal(RuleViolation.class, "review-date-in-past"))
               .expectNoEvents();
    }

    @Test
    void two_reviews_after_closing_are_on_different_days() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(closeWithReviews(SIX_MONTHS, SIX_MONTHS))
               .expectException(refusal(InvalidValue.class, InvalidValue.CODE))
               .expectNoEvents();
    }

    @Test
    void reopening_cancels_the_reviews_after_closing() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE))
               .andGivenCommands(closeWithReviews(SIX_MONTHS))
               .when(new ReopenCase(CASE, CHAIR, REASON))
               .expectNoScheduledDeadline(startOf(SIX_MONTHS), new ReviewFallsDue(SIX_MONTHS, true));
    }

    @Test
    void the_deadline_of_a_review_after_closing_changes_nothing_once_the_case_is_reopened() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE))
               .andGivenCommands(closeWithReviews(SIX_MONTHS))
               .andGiven(new CaseReopened(CASE, REASON), reviewScheduled(TWELVE_MONTHS))
               .whenTimeAdvancesTo(startOf(SIX_MONTHS))
               .expectNoEvents();
    }

    @Test
    void a_case_closed_before_closing_reports_still_reads() {
        fixture.given(concernRaised(), caseOpened(POLICE), new CaseClosed(CASE, ClosureReason.OTHER, null))
               .when(new ReopenCase(CASE, CHAIR, REASON))
               .expectSuccessfulHandlerExecution();
    }
}
