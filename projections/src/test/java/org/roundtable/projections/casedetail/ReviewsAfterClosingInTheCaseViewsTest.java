package org.roundtable.projections.casedetail;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.ClosingReport;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ExitCriteria;
import org.roundtable.core.cases.PostClosureReviewDue;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.projections.testing.AxonReadModels;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.core.cases.PostClosureReviewOutcome.CONCERN_AGAIN;
import static org.roundtable.core.cases.PostClosureReviewOutcome.NO_FURTHER_CONCERN;
import static org.roundtable.projections.testing.CaseStory.CHAIR;

/**
 * A review after closing that the chair recorded: the case detail shows it with its note and outcome and no longer
 * as due, and keeps it when the case is reopened; the case list (the chair's dashboard) lists the reviews after
 * closing due and not recorded, and drops one once recorded.
 */
class ReviewsAfterClosingInTheCaseViewsTest {

    private static final LocalDate SIX_MONTHS = LocalDate.of(2026, 9, 2);
    private static final LocalDate TWELVE_MONTHS = LocalDate.of(2027, 3, 2);
    private static final ClosingReport REPORT = new ClosingReport(PersonalText.of("Back at school, calm at home."),
            ExitCriteria.MET);

    private final JdbcClient jdbc = TestDatabase.migrated(ReviewsAfterClosingInTheCaseViewsTest.class);
    private final AxonReadModels readModels = new AxonReadModels(jdbc);
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_review_after_closing_that_falls_due_is_listed_for_the_chair_until_it_is_recorded() throws Exception {
        deliver(closedWithTwoReviews());
        deliver(at(4, new PostClosureReviewDue(story.caseId, SIX_MONTHS)));

        assertThat(detail(Readers.CHAIR).reviews().afterClosureDue()).containsExactly(SIX_MONTHS);
        assertThat(summary(Readers.CHAIR).postClosureReviewsDue()).containsExactly(SIX_MONTHS);

        deliver(at(5, recorded(SIX_MONTHS, "No new incidents.", NO_FURTHER_CONCERN)));

        CaseReviews reviews = detail(Readers.CHAIR).reviews();
        assertThat(reviews.afterClosure()).containsExactly(SIX_MONTHS, TWELVE_MONTHS);
        assertThat(reviews.afterClosureDue()).isEmpty();
        assertThat(reviews.afterClosureRecorded()).containsExactly(
                new PostClosureReview(SIX_MONTHS, SIX_MONTHS.plusDays(3), "No new incidents.", NO_FURTHER_CONCERN));
        assertThat(summary(Readers.CHAIR).postClosureReviewsDue()).isEmpty();
    }

    @Test
    void two_reviews_due_are_listed_the_earliest_first_and_recording_one_leaves_the_other() throws Exception {
        deliver(closedWithTwoReviews());
        deliver(at(4, new PostClosureReviewDue(story.caseId, TWELVE_MONTHS)),
                at(5, new PostClosureReviewDue(story.caseId, SIX_MONTHS)));
        assertThat(summary(Readers.CHAIR).postClosureReviewsDue()).containsExactly(SIX_MONTHS, TWELVE_MONTHS);

        deliver(at(6, recorded(SIX_MONTHS, "Calm.", NO_FURTHER_CONCERN)));

        assertThat(detail(Readers.CHAIR).reviews().afterClosureDue()).containsExactly(TWELVE_MONTHS);
        assertThat(summary(Readers.CHAIR).postClosureReviewsDue()).containsExactly(TWELVE_MONTHS);
    }

    @Test
    void a_review_that_found_concern_again_stays_on_the_case_once_it_is_reopened() throws Exception {
        deliver(closedWithTwoReviews());
        deliver(at(4, new PostClosureReviewDue(story.caseId, SIX_MONTHS)),
                at(5, recorded(SIX_MONTHS, "Threats in the class group again.", CONCERN_AGAIN)),
                at(6, new CaseReopened(story.caseId, PersonalText.of("The review found concern again."))),
                at(7, new ReviewScheduled(story.caseId, SIX_MONTHS.plusMonths(3))));

        CaseReviews reviews = detail(Readers.CHAIR).reviews();
        assertThat(reviews.afterClosure()).isEmpty();
        assertThat(reviews.afterClosureDue()).isEmpty();
        assertThat(reviews.afterClosureRecorded()).extracting(PostClosureReview::outcome).containsExactly(CONCERN_AGAIN);
        assertThat(summary(Readers.CHAIR).postClosureReviewsDue()).isEmpty();
    }

    @Test
    void an_erased_note_shows_as_null() throws Exception {
        deliver(closedWithTwoReviews());
        deliver(at(4, new PostClosureReviewDue(story.caseId, SIX_MONTHS)),
                at(5, new PostClosureReviewRecorded(story.caseId, SIX_MONTHS, PersonalText.ERASED, NO_FURTHER_CONCERN,
                        SIX_MONTHS)));

        assertThat(detail(Readers.CHAIR).reviews().afterClosureRecorded()).singleElement()
                .satisfies(review -> assertThat(review.note()).isNull());
    }

    @Test
    void every_event_delivered_twice_gives_the_same_views() throws Exception {
        List<Recorded<? extends CaseEvent>> events = new ArrayList<>(closedWithTwoReviews());
        events.add(at(4, new PostClosureReviewDue(story.caseId, SIX_MONTHS)));
        events.add(at(5, new PostClosureReviewDue(story.caseId, TWELVE_MONTHS)));
        events.add(at(6, recorded(SIX_MONTHS, "No new incidents.", NO_FURTHER_CONCERN)));
        readModels.deliver(events);
        CaseDetail once = detail(Readers.CHAIR);
        CaseSummary line = summary(Readers.CHAIR);

        readModels.deliver(events);

        assertThat(detail(Readers.CHAIR)).isEqualTo(once);
        assertThat(summary(Readers.CHAIR)).isEqualTo(line);
        assertThat(once.reviews().afterClosureRecorded()).hasSize(1);
        assertThat(line.postClosureReviewsDue()).containsExactly(TWELVE_MONTHS);
    }

    private List<Recorded<? extends CaseEvent>> closedWithTwoReviews() {
        return List.of(story.raised(), story.opened(), at(2, new ReviewScheduled(story.caseId, SIX_MONTHS.minusMonths(9))),
                at(3, new CaseClosed(story.caseId, ClosureReason.RISK_REDUCED, null, REPORT,
                        List.of(SIX_MONTHS, TWELVE_MONTHS))));
    }

    private PostClosureReviewRecorded recorded(LocalDate dueOn, String note, PostClosureReviewOutcome outcome) {
        return new PostClosureReviewRecorded(story.caseId, dueOn, PersonalText.of(note), outcome, dueOn.plusDays(3));
    }

    private <E extends CaseEvent> Recorded<E> at(long sequence, E event) {
        return new Recorded<>(event, sequence, story.time(sequence), CHAIR, story.caseId + "/" + sequence, "r-" + sequence);
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        readModels.deliver(new ArrayList<>(List.of(events)));
    }

    private void deliver(List<Recorded<? extends CaseEvent>> events) throws Exception {
        readModels.deliver(new ArrayList<>(events));
    }

    private CaseDetail detail(Reader reader) {
        return readModels.queries().query(new FindCaseDetail(reader, story.caseId),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join().orElseThrow();
    }

    private CaseSummary summary(Reader reader) {
        return readModels.queries().query(FindCases.all(reader), ResponseTypes.multipleInstancesOf(CaseSummary.class))
                .join().stream().filter(line -> line.caseId().equals(story.caseId)).findFirst().orElseThrow();
    }
}
