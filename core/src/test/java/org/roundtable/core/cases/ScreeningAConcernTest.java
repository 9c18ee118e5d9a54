package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.RuleViolation;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernDismissed;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.concernReferred;
import static org.roundtable.core.cases.CaseFixtures.screenConcern;
import static org.roundtable.core.common.Refusals.refusal;

/** The chair screens a raised concern once: open a case, refer it to the right service, or dismiss it. */
class ScreeningAConcernTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void a_concern_adopted_as_a_case_opens_it_with_its_lead_among_the_participants() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.OpenCase(POLICE, Set.of(YOUTH_WORK))))
               .expectEvents(new CaseOpened(CASE, POLICE, Set.of(POLICE, YOUTH_WORK)),
                       CaseFixtures.reviewScheduled(CaseFixtures.FIRST_REVIEW));
    }

    @Test
    void a_concern_outside_the_round_tables_scope_is_referred_to_the_right_service() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.Refer("family support service", REASON)))
               .expectEvents(new ConcernReferred(CASE, "family support service", REASON));
    }

    @Test
    void a_concern_needing_no_further_action_is_dismissed_with_its_reason() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.Dismiss(REASON)))
               .expectEvents(new ConcernDismissed(CASE, REASON));
    }

    @Test
    void a_concern_adopted_as_a_case_cannot_be_screened_again() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(screenConcern(new ScreeningDecision.Dismiss(REASON)))
               .expectException(refusal(RuleViolation.class, "concern-already-screened"))
               .expectNoEvents();
    }

    @Test
    void a_referred_concern_cannot_be_screened_again() {
        fixture.given(concernRaised(), concernReferred())
               .when(screenConcern(new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .expectException(refusal(RuleViolation.class, "concern-already-screened"))
               .expectNoEvents();
    }

    @Test
    void a_dismissed_concern_cannot_be_screened_again() {
        fixture.given(concernRaised(), concernDismissed())
               .when(screenConcern(new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .expectException(refusal(RuleViolation.class, "concern-already-screened"))
               .expectNoEvents();
    }

    @Test
    void a_concern_cannot_be_screened_without_a_decision() {
        assertThatNullPointerException().isThrownBy(() -> new ScreenConcern(CASE, CHAIR, null));
    }
}
