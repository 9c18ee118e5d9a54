package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.DESCRIPTION;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.OTHER_INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.actionAssigned;
import static org.roundtable.core.cases.CaseFixtures.assignAction;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.dueIn;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.informationWithdrawn;
import static org.roundtable.core.common.Refusals.refusal;

/** In an open case, a participating partner takes on an action, due by a date, relying on information it may name. */
class AssigningActionsTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void an_action_can_be_assigned_to_a_partner_taking_part_in_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .expectEvents(new ActionAssigned(CASE, ACTION, YOUTH_WORK, DESCRIPTION, dueIn(14), Set.of()));
    }

    @Test
    void an_action_may_rely_on_information_shared_in_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, YOUTH_WORK))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14), INFORMATION))
               .expectEvents(new ActionAssigned(CASE, ACTION, YOUTH_WORK, DESCRIPTION, dueIn(14), Set.of(INFORMATION)));
    }

    @Test
    void an_action_may_be_due_today() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(assignAction(ACTION, POLICE, TODAY))
               .expectEvents(new ActionAssigned(CASE, ACTION, POLICE, DESCRIPTION, TODAY, Set.of()));
    }

    @Test
    void an_action_cannot_be_due_in_the_past() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(assignAction(ACTION, POLICE, TODAY.minusDays(1)))
               .expectException(refusal(RuleViolation.class, "due-date-in-past"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_assigned_to_a_partner_outside_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(assignAction(ACTION, SCHOOL, dueIn(14)))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_assigned_before_the_concern_is_screened() {
        fixture.given(concernRaised())
               .when(assignAction(ACTION, POLICE, dueIn(14)))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_assigned_in_a_closed_case() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(assignAction(ACTION, POLICE, dueIn(14)))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void the_same_action_cannot_be_assigned_twice() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), actionAssigned(ACTION, YOUTH_WORK))
               .when(assignAction(ACTION, POLICE, dueIn(14)))
               .expectException(refusal(RuleViolation.class, "action-already-assigned"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_rely_on_information_never_shared_in_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE), informationShared(INFORMATION, POLICE))
               .when(assignAction(ACTION, POLICE, dueIn(14), INFORMATION, OTHER_INFORMATION))
               .expectException(refusal(UnknownItem.class, "unknown-information"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_rely_on_withdrawn_information() {
        fixture.given(concernRaised(), caseOpened(POLICE), informationShared(INFORMATION, POLICE),
                       informationWithdrawn(INFORMATION, POLICE))
               .when(assignAction(ACTION, POLICE, dueIn(14), INFORMATION))
               .expectException(refusal(RuleViolation.class, "information-withdrawn"))
               .expectNoEvents();
    }

    @Test
    void an_action_relies_on_at_most_100_information_items() {
        Set<InformationId> many = new java.util.HashSet<>();
        for (int i = 0; i <= AssignAction.MAX_RELIED_ON; i++) {
            many.add(InformationId.random());
        }
        assertThatThrownBy(() -> new AssignAction(CASE, ACTION, CHAIR, POLICE, DESCRIPTION, dueIn(3), many))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reliesOn"));
    }

    @Test
    void an_action_cannot_be_assigned_without_a_due_date() {
        assertThatNullPointerException().isThrownBy(
                () -> new AssignAction(CASE, ACTION, CHAIR, POLICE, DESCRIPTION, null, Set.of()));
    }
}
