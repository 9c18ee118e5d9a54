package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.OUTCOME;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.actionAssigned;
import static org.roundtable.core.cases.CaseFixtures.actionCompleted;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.completeAction;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/** Only the partner that took on an action may report it done, and only once. */
class CompletingActionsTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void the_assignee_may_complete_its_action_with_an_outcome() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), actionAssigned(ACTION, YOUTH_WORK))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectEvents(new ActionCompleted(CASE, ACTION, YOUTH_WORK, OUTCOME));
    }

    @Test
    void an_action_never_assigned_in_the_case_cannot_be_completed() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(UnknownItem.class, "unknown-action"))
               .expectNoEvents();
    }

    @Test
    void a_partner_cannot_complete_an_action_another_partner_took_on() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), actionAssigned(ACTION, YOUTH_WORK))
               .when(completeAction(ACTION, POLICE))
               .expectException(refusal(NotAllowed.class, "not-the-assignee"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_completed_twice() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), actionAssigned(ACTION, YOUTH_WORK),
                       actionCompleted(ACTION, YOUTH_WORK))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "action-already-completed"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_completed_without_an_outcome() {
        assertThatNullPointerException().isThrownBy(
                () -> new CompleteAction(CASE, ACTION, representativeOf(YOUTH_WORK), null));
    }
}
