package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.CLOCK;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.REPORT;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.caseReopened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.cases.PostClosureReviewOutcome.CONCERN_AGAIN;
import static org.roundtable.core.cases.PostClosureReviewOutcome.NO_FURTHER_CONCERN;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * A review planned when a case closed is recorded by the chair once its day has come (its deadline recorded it due):
 * what the round table found, and whether the case gives cause for concern again. Each due review is recorded once,
 * the earliest first; the case stays closed, even with concern again, until the chair reopens it.
 */
class ReviewingAClosedCaseTest {

    private static final PersonalText NOTE = PersonalText.of("no new incidents; the school sees him doing well");
    /** Closed six months ago with reviews today and six months on: today's has fallen due. */
    private static final LocalDate SIX_MONTHS_ON = TODAY.plusMonths(6);

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static CaseClosed closedWithReviews(LocalDate... days) {
        return new CaseClosed(CASE, ClosureReason.RISK_REDUCED, null, REPORT, List.of(days));
    }

    private static PostClosureReviewDue due(LocalDate day) {
        return new PostClosureReviewDue(CASE, day);
    }

    private static RecordPostClosureReview review(PostClosureReviewOutcome outcome) {
        return new RecordPostClosureReview(CASE, CHAIR, NOTE, outcome);
    }

    private static PostClosureReviewRecorded recorded(LocalDate dueOn, PostClosureReviewOutcome outcome) {
        return new PostClosureReviewRecorded(CASE, dueOn, NOTE, outcome, TODAY);
    }

    @Test
    void the_chair_records_a_review_after_closing_that_has_fallen_due() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY, SIX_MONTHS_ON), due(TODAY))
               .when(review(NO_FURTHER_CONCERN))
               .expectEvents(recorded(TODAY, NO_FURTHER_CONCERN));
    }

    @Test
    void concern_again_is_recorded_and_does_not_reopen_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY))
               .when(review(CONCERN_AGAIN))
               .expectEvents(recorded(TODAY, CONCERN_AGAIN));
    }

    @Test
    void a_case_that_gives_cause_for_concern_again_is_reopened_by_the_chair() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY),
                       recorded(TODAY, CONCERN_AGAIN))
               .when(new ReopenCase(CASE, CHAIR, REASON))
               .expectEvents(caseReopened(), new ReviewScheduled(CASE, TODAY.plusMonths(3)));
    }

    @Test
    void only_the_chair_records_a_review_after_closing() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY))
               .when(new RecordPostClosureReview(CASE, representativeOf(POLICE), NOTE, NO_FURTHER_CONCERN))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void an_open_case_has_no_review_after_closing_to_record() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY), caseReopened())
               .when(review(NO_FURTHER_CONCERN))
               .expectException(refusal(RuleViolation.class, "case-not-closed"))
               .expectNoEvents();
    }

    @Test
    void a_review_planned_after_closing_is_not_recorded_before_it_falls_due() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(SIX_MONTHS_ON))
               .when(review(NO_FURTHER_CONCERN))
               .expectException(refusal(RuleViolation.class, "no-review-due"))
               .expectNoEvents();
    }

    @Test
    void a_case_closed_without_reviews_has_none_to_record() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(review(NO_FURTHER_CONCERN))
               .expectException(refusal(RuleViolation.class, "no-review-due"))
               .expectNoEvents();
    }

    @Test
    void a_review_after_closing_is_recorded_once() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY),
                       recorded(TODAY, NO_FURTHER_CONCERN))
               .when(review(NO_FURTHER_CONCERN))
               .expectException(refusal(RuleViolation.class, "no-review-due"))
               .expectNoEvents();
    }

    @Test
    void two_reviews_due_are_recorded_the_earliest_first() {
        LocalDate earlier = TODAY.minusMonths(6);
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(earlier, TODAY), due(earlier), due(TODAY),
                       recorded(earlier, NO_FURTHER_CONCERN))
               .when(review(CONCERN_AGAIN))
               .expectEvents(recorded(TODAY, CONCERN_AGAIN));
    }

    @Test
    void reopening_leaves_no_review_after_the_earlier_closing_to_record() {
        fixture.given(concernRaised(), caseOpened(POLICE), closedWithReviews(TODAY), due(TODAY), caseReopened(),
                       caseClosed())
               .when(review(NO_FURTHER_CONCERN))
               .expectException(refusal(RuleViolation.class, "no-review-due"))
               .expectNoEvents();
    }
}
