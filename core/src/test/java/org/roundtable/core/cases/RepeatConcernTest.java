package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;

import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CASE_NUMBER;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.SUBJECT;
import static org.roundtable.core.cases.CaseFixtures.SUMMARY;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/** A concern about a subject whose earlier case closed less than a year ago repeats it: the case keeps which one. */
class RepeatConcernTest {

    private static final RepeatOf EARLIER = new RepeatOf(CaseId.of("00000000-0000-4000-8000-000000000041"),
            CaseNumber.of(2025, 41));

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static RaiseConcern raising(RepeatOf repeatOf) {
        return new RaiseConcern(CASE, CASE_NUMBER, representativeOf(SCHOOL), SUBJECT, SUMMARY, Urgency.HIGH,
                ConcernCategory.RADICALISATION, repeatOf);
    }

    @Test
    void a_repeat_concern_names_the_earlier_case() {
        fixture.givenNoPriorActivity()
               .when(raising(EARLIER))
               .expectEvents(new ConcernRaised(CASE, CASE_NUMBER, representativeOf(SCHOOL), SUBJECT, SUMMARY,
                       Urgency.HIGH, ConcernCategory.RADICALISATION, EARLIER));
    }

    @Test
    void a_first_concern_repeats_nothing() {
        fixture.givenNoPriorActivity()
               .when(raising(null))
               .expectEvents(CaseFixtures.concernRaised());
    }

    @Test
    void a_case_cannot_repeat_itself() {
        fixture.givenNoPriorActivity()
               .when(raising(new RepeatOf(CASE, CASE_NUMBER)))
               .expectException(refusal(InvalidValue.class, InvalidValue.CODE))
               .expectNoEvents();
    }
}
