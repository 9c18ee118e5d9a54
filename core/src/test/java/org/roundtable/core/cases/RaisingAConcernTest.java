package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CASE_NUMBER;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.SUBJECT;
import static org.roundtable.core.cases.CaseFixtures.SUMMARY;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.raiseConcern;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/** A partner raises a concern about someone, and a case begins, waiting to be screened. */
class RaisingAConcernTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void a_raised_concern_records_who_raised_it_about_whom_and_how_urgent_it_is() {
        fixture.givenNoPriorActivity()
               .when(raiseConcern())
               .expectEvents(concernRaised());
    }

    @Test
    void a_concern_about_someone_born_in_the_future_is_refused_naming_the_date_of_birth() {
        SubjectIdentity unborn = SubjectIdentity.of("Sam", null, TODAY.plusDays(1), null);
        fixture.givenNoPriorActivity()
               .when(new RaiseConcern(CASE, CASE_NUMBER, representativeOf(SCHOOL), unborn, SUMMARY, Urgency.HIGH,
                       ConcernCategory.RADICALISATION))
               .expectException(refusal(InvalidValue.class, "invalid-input"))
               .expectExceptionMessage("a date of birth cannot be in the future")
               .expectNoEvents();
    }

    @Test
    void a_concern_about_someone_born_today_is_accepted() {
        SubjectIdentity newborn = SubjectIdentity.of("Sam", null, TODAY, null);
        RaiseConcern command = new RaiseConcern(CASE, CASE_NUMBER, representativeOf(SCHOOL), newborn, SUMMARY,
                Urgency.HIGH, ConcernCategory.RADICALISATION);
        fixture.givenNoPriorActivity()
               .when(command)
               .expectEvents(new ConcernRaised(CASE, CASE_NUMBER, representativeOf(SCHOOL), newborn, SUMMARY,
                       Urgency.HIGH, ConcernCategory.RADICALISATION));
    }

    @Test
    void a_concern_cannot_be_raised_without_saying_how_urgent_it_is() {
        assertThatNullPointerException().isThrownBy(() -> new RaiseConcern(CASE, CASE_NUMBER, representativeOf(SCHOOL),
                SUBJECT, SUMMARY, null, ConcernCategory.RADICALISATION));
    }
}
