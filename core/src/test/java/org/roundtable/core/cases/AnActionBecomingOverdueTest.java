package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.CLOCK;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.assignAction;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.completeAction;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.dueIn;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;

/**
 * Assigning an action schedules its deadline for the moment its due date has passed (midnight at the end of
 * that day, in the round table's zone); met while the action is open, it records that the action became overdue,
 * once. Completing or cancelling the action cancels its deadline; moving the due date moves it.
 */
class AnActionBecomingOverdueTest {

    private static final Instant PASSES = dueIn(14).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void assigning_an_action_schedules_its_deadline_for_the_end_of_its_due_date() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .expectScheduledDeadline(PASSES, new ActionDue(ACTION, dueIn(14)));
    }

    @Test
    void an_open_action_past_its_due_date_becomes_overdue() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .whenTimeAdvancesTo(PASSES)
               .expectDeadlinesMet(new ActionDue(ACTION, dueIn(14)))
               .expectEvents(new ActionBecameOverdue(CASE, ACTION, YOUTH_WORK, dueIn(14)));
    }

    @Test
    void an_action_is_not_overdue_on_its_due_date_itself() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .whenTimeAdvancesTo(PASSES.minusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void completing_an_action_cancels_its_deadline() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectNoScheduledDeadlines();
    }

    @Test
    void cancelling_an_action_cancels_its_deadline() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .when(new CancelAction(CASE, ACTION, CHAIR, REASON))
               .expectNoScheduledDeadlines();
    }

    @Test
    void moving_the_due_date_moves_the_deadline() {
        Instant later = dueIn(30).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .when(new ChangeActionDueDate(CASE, ACTION, CHAIR, dueIn(30), REASON))
               .expectScheduledDeadline(later, new ActionDue(ACTION, dueIn(30)))
               .expectNoScheduledDeadline(PASSES, new ActionDue(ACTION, dueIn(14)));
    }

    @Test
    void an_action_overdue_once_is_not_recorded_overdue_again() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)))
               .andGiven(new ActionBecameOverdue(CASE, ACTION, YOUTH_WORK, dueIn(14)))
               .whenTimeAdvancesTo(PASSES)
               .expectNoEvents();
    }

    @Test
    void a_declined_action_does_not_become_overdue() {
        fixture.givenCurrentTime(CLOCK.instant()).andGiven(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .andGivenCommands(assignAction(ACTION, YOUTH_WORK, dueIn(14)),
                       new DeclineAction(CASE, ACTION, representativeOf(YOUTH_WORK), REASON))
               .whenTimeAdvancesTo(PASSES)
               .expectNoEvents();
    }
}
