package org.roundtable.projections.casedetail;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReviewDue;
import org.roundtable.core.cases.CaseReviewed;
import org.roundtable.core.cases.ClosingReport;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ExitCriteria;
import org.roundtable.core.cases.PostClosureReviewDue;
import org.roundtable.core.cases.RepeatOf;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PartnerId;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.OFFICER;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.SUBJECT;

/**
 * The case detail and the case list show the next review and whether it is due, the last review, the closing
 * report with the reviews planned after closing, and the earlier case a concern repeats, to those who may know of
 * both. The case detail finds the recently closed case of a subject for the repeat look-up.
 */
class ReviewsAndRepeatsInTheCaseViewsTest {

    private static final LocalDate REVIEW = LocalDate.of(2026, 6, 2);
    private static final ClosingReport REPORT = new ClosingReport(PersonalText.of("Back at school, calm at home."),
            ExitCriteria.PARTLY_MET);

    private final JdbcClient jdbc = TestDatabase.migrated(ReviewsAndRepeatsInTheCaseViewsTest.class);
    private final AxonReadModels readModels = new AxonReadModels(jdbc);
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void an_open_case_shows_its_next_review_and_when_it_falls_due() throws Exception {
        deliver(story.raised(), story.opened(), at(2, new ReviewScheduled(story.caseId, REVIEW)));
        assertThat(detail(Readers.CHAIR).reviews()).isEqualTo(new CaseReviews(REVIEW, false, null, null, List.of(), List.of()));
        assertThat(summary(Readers.CHAIR).nextReviewOn()).isEqualTo(REVIEW);

        deliver(at(3, new CaseReviewDue(story.caseId, REVIEW)));

        assertThat(detail(Readers.CHAIR).reviews().due()).isTrue();
        assertThat(summary(Readers.CHAIR).reviewDue()).isTrue();
    }

    @Test
    void a_recorded_review_shows_with_its_note_and_the_next_one_is_no_longer_due() throws Exception {
        deliver(story.raised(), story.opened(), at(2, new ReviewScheduled(story.caseId, REVIEW)),
                at(3, new CaseReviewDue(story.caseId, REVIEW)),
                at(4, new CaseReviewed(story.caseId, PersonalText.of("Going well."), REVIEW)),
                at(5, new ReviewScheduled(story.caseId, REVIEW.plusMonths(3))));

        assertThat(detail(Readers.CHAIR).reviews())
                .isEqualTo(new CaseReviews(REVIEW.plusMonths(3), false, REVIEW, "Going well.", List.of(), List.of()));
        assertThat(summary(Readers.CHAIR).reviewDue()).isFalse();
    }

    @Test
    void a_closed_case_shows_its_closing_report_and_the_reviews_after_closing() throws Exception {
        LocalDate sixMonths = LocalDate.of(2026, 9, 2);
        LocalDate twelveMonths = LocalDate.of(2027, 3, 2);
        deliver(story.raised(), story.opened(), at(2, new ReviewScheduled(story.caseId, REVIEW)),
                at(3, new CaseClosed(story.caseId, ClosureReason.RISK_REDUCED, null, REPORT, List.of(sixMonths, twelveMonths))),
                at(4, new PostClosureReviewDue(story.caseId, sixMonths)));

        CaseDetail closed = detail(Readers.CHAIR);
        assertThat(closed.closingReport()).isEqualTo(new ClosingReportView("Back at school, calm at home.", ExitCriteria.PARTLY_MET));
        assertThat(closed.reviews()).isEqualTo(new CaseReviews(null, false, null, null, List.of(sixMonths, twelveMonths),
                List.of(sixMonths)));
        assertThat(summary(Readers.CHAIR).nextReviewOn()).isNull();
    }

    @Test
    void a_case_closed_before_closing_reports_shows_none() throws Exception {
        deliver(story.raised(), story.opened(), story.closed());

        assertThat(detail(Readers.CHAIR).closingReport()).isEqualTo(ClosingReportView.NONE);
        assertThat(detail(Readers.CHAIR).reviews().afterClosure()).isEmpty();
    }

    @Test
    void the_recently_closed_case_of_the_same_subject_is_found_whatever_the_case_of_its_name() throws Exception {
        deliver(story.raised(), story.opened(), at(2, closing()));

        SubjectIdentity sameSubject = new SubjectIdentity("  SAM", "peeters ", SUBJECT.dateOfBirth(), AgeBand.AGE_16_TO_17);
        assertThat(recentClosure(sameSubject, story.time(0))).contains(new RepeatOf(story.caseId, story.caseNumber));
    }

    @Test
    void a_case_closed_before_the_year_or_of_another_subject_or_without_a_date_of_birth_is_not_found() throws Exception {
        deliver(story.raised(), story.opened(), at(2, closing()));

        assertThat(recentClosure(SUBJECT, story.time(3))).isEmpty();
        assertThat(recentClosure(new SubjectIdentity("Sam", "Peeters", LocalDate.of(2010, 1, 1), null), story.time(0))).isEmpty();
        assertThat(recentClosure(new SubjectIdentity("Sam", "Peeters", null, AgeBand.AGE_16_TO_17), story.time(0))).isEmpty();
    }

    @Test
    void a_repeat_names_the_earlier_case_only_to_those_who_may_know_of_it() throws Exception {
        CaseStory earlier = new CaseStory(CaseNumber.of("2025-0007"), Instant.parse("2025-09-01T09:00:00Z"));
        readModels.deliver(List.of(earlier.raised(),
                new Recorded<>(new CaseOpened(earlier.caseId, POLICE, Set.of(POLICE)), 1, earlier.time(1), CHAIR, "e-1", "r-1")));
        RepeatOf repeat = new RepeatOf(earlier.caseId, earlier.caseNumber);
        deliver(at(0, new ConcernRaised(story.caseId, story.caseNumber, OFFICER, SUBJECT, PersonalText.of("Again."),
                Urgency.HIGH, ConcernCategory.RADICALISATION, repeat)),
                at(1, new CaseOpened(story.caseId, SCHOOL, Set.of(SCHOOL, POLICE))));

        assertThat(detail(Readers.CHAIR).repeatOf()).isEqualTo(earlier.caseNumber);
        assertThat(detail(Readers.CHAIR).repeatOfCaseId()).isEqualTo(earlier.caseId);
        assertThat(detail(Readers.OFFICER).repeatOf()).isEqualTo(earlier.caseNumber);
        assertThat(detail(Readers.TEACHER).repeatOf()).isNull();
        assertThat(detail(Readers.TEACHER).repeatOfCaseId()).isNull();
        assertThat(summary(Readers.CHAIR).repeatOf()).isEqualTo(earlier.caseNumber);
        assertThat(readModels.queries().query(FindCases.all(Readers.TEACHER),
                        ResponseTypes.multipleInstancesOf(CaseSummary.class)).join())
                .singleElement().extracting(CaseSummary::repeatOf).isNull();
    }

    @Test
    void every_review_event_delivered_twice_gives_the_same_views() throws Exception {
        List<Recorded<? extends CaseEvent>> events = List.of(story.raised(), story.opened(),
                at(2, new ReviewScheduled(story.caseId, REVIEW)), at(3, new CaseReviewDue(story.caseId, REVIEW)),
                at(4, closing()), at(5, new PostClosureReviewDue(story.caseId, REVIEW.plusMonths(6))));
        readModels.deliver(events);
        CaseDetail once = detail(Readers.CHAIR);

        readModels.deliver(events);

        assertThat(detail(Readers.CHAIR)).isEqualTo(once);
        assertThat(once.reviews().afterClosureDue()).containsExactly(REVIEW.plusMonths(6));
    }

    private CaseClosed closing() {
        return new CaseClosed(story.caseId, ClosureReason.RISK_REDUCED, null, REPORT, List.of(REVIEW.plusMonths(6)));
    }

    private Optional<RepeatOf> recentClosure(SubjectIdentity subject, Instant since) {
        return readModels.queries().query(new FindRecentClosure(subject, since),
                ResponseTypes.optionalInstanceOf(RepeatOf.class)).join();
    }

    private <E extends CaseEvent> Recorded<E> at(long sequence, E event) {
        return new Recorded<>(event, sequence, story.time(sequence), CHAIR, story.caseId + "/" + sequence, "r-" + sequence);
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        readModels.deliver(new ArrayList<>(List.of(events)));
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
