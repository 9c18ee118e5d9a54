package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;

import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.actionAssigned;
import static org.roundtable.core.cases.CaseFixtures.actionCompleted;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.completeAction;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.consentRequested;
import static org.roundtable.core.cases.CaseFixtures.dueIn;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * An action is answered by its assignee (accepted, or declined with a reason), progressed, and completed; the
 * chair may cancel it, reassign it to another partner taking part, or move its due date, each with a reason.
 */
class TheLifeOfAnActionTest {

    private static final PersonalText NOTE = PersonalText.of("first talk with the parents went well");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static Object[] assignedToYouthWork() {
        return new Object[]{concernRaised(), caseOpened(POLICE, YOUTH_WORK, SCHOOL), actionAssigned(ACTION, YOUTH_WORK)};
    }

    @Test
    void the_assignee_accepts_an_action() {
        fixture.given(assignedToYouthWork())
               .when(new AcceptAction(CASE, ACTION, representativeOf(YOUTH_WORK)))
               .expectEvents(new ActionAccepted(CASE, ACTION, YOUTH_WORK));
    }

    @Test
    void only_the_assignee_answers_an_action() {
        fixture.given(assignedToYouthWork())
               .when(new AcceptAction(CASE, ACTION, representativeOf(POLICE)))
               .expectException(refusal(NotAllowed.class, "not-the-assignee"))
               .expectNoEvents();
    }

    @Test
    void the_assignee_declines_an_action_with_a_reason() {
        fixture.given(assignedToYouthWork())
               .when(new DeclineAction(CASE, ACTION, representativeOf(YOUTH_WORK), REASON))
               .expectEvents(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON));
    }

    @Test
    void an_action_is_answered_once() {
        fixture.given(assignedToYouthWork()).andGiven(new ActionAccepted(CASE, ACTION, YOUTH_WORK))
               .when(new DeclineAction(CASE, ACTION, representativeOf(YOUTH_WORK), REASON))
               .expectException(refusal(RuleViolation.class, "action-already-accepted"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork()).andGiven(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON))
               .when(new AcceptAction(CASE, ACTION, representativeOf(YOUTH_WORK)))
               .expectException(refusal(RuleViolation.class, "action-declined"))
               .expectNoEvents();
    }

    @Test
    void the_assignee_notes_progress_on_an_open_action() {
        fixture.given(assignedToYouthWork()).andGiven(new ActionAccepted(CASE, ACTION, YOUTH_WORK))
               .when(new RecordActionProgress(CASE, ACTION, representativeOf(YOUTH_WORK), NOTE))
               .expectEvents(new ActionProgressRecorded(CASE, ACTION, YOUTH_WORK, NOTE));
    }

    @Test
    void a_declined_action_is_neither_progressed_nor_completed() {
        fixture.given(assignedToYouthWork()).andGiven(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON))
               .when(new RecordActionProgress(CASE, ACTION, representativeOf(YOUTH_WORK), NOTE))
               .expectException(refusal(RuleViolation.class, "action-declined"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork()).andGiven(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "action-declined"))
               .expectNoEvents();
    }

    @Test
    void an_accepted_action_is_completed() {
        fixture.given(assignedToYouthWork()).andGiven(new ActionAccepted(CASE, ACTION, YOUTH_WORK))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectEvents(actionCompleted(ACTION, YOUTH_WORK));
    }

    @Test
    void the_chair_cancels_an_action_with_a_reason_and_nothing_more_happens_to_it() {
        fixture.given(assignedToYouthWork())
               .when(new CancelAction(CASE, ACTION, CHAIR, REASON))
               .expectEvents(new ActionCancelled(CASE, ACTION, REASON));
        caseFixture().given(assignedToYouthWork()).andGiven(new ActionCancelled(CASE, ACTION, REASON))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "action-cancelled"))
               .expectNoEvents();
    }

    @Test
    void a_completed_action_is_not_cancelled() {
        fixture.given(assignedToYouthWork()).andGiven(actionCompleted(ACTION, YOUTH_WORK))
               .when(new CancelAction(CASE, ACTION, CHAIR, REASON))
               .expectException(refusal(RuleViolation.class, "action-already-completed"))
               .expectNoEvents();
    }

    @Test
    void only_the_chair_cancels_reassigns_or_moves_an_action() {
        fixture.given(assignedToYouthWork())
               .when(new CancelAction(CASE, ACTION, representativeOf(YOUTH_WORK), REASON))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork())
               .when(new ReassignAction(CASE, ACTION, representativeOf(YOUTH_WORK), SCHOOL, REASON))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork())
               .when(new ChangeActionDueDate(CASE, ACTION, representativeOf(YOUTH_WORK), dueIn(30), REASON))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void a_declined_action_is_reassigned_to_another_participating_partner_which_answers_it_anew() {
        fixture.given(assignedToYouthWork()).andGiven(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON))
               .when(new ReassignAction(CASE, ACTION, CHAIR, SCHOOL, REASON))
               .expectEvents(new ActionReassigned(CASE, ACTION, YOUTH_WORK, SCHOOL, REASON));
        caseFixture().given(assignedToYouthWork())
                .andGiven(new ActionDeclined(CASE, ACTION, YOUTH_WORK, REASON), new ActionReassigned(CASE, ACTION, YOUTH_WORK, SCHOOL, REASON))
               .when(new AcceptAction(CASE, ACTION, representativeOf(SCHOOL)))
               .expectEvents(new ActionAccepted(CASE, ACTION, SCHOOL));
    }

    @Test
    void an_action_is_reassigned_only_to_another_partner_taking_part() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), actionAssigned(ACTION, YOUTH_WORK))
               .when(new ReassignAction(CASE, ACTION, CHAIR, SCHOOL, REASON))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork())
               .when(new ReassignAction(CASE, ACTION, CHAIR, YOUTH_WORK, REASON))
               .expectException(refusal(RuleViolation.class, "same-assignee"))
               .expectNoEvents();
    }

    @Test
    void reassigning_asks_the_consent_of_the_previous_assignee_when_the_action_relies_on_its_information() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK, SCHOOL), informationShared(INFORMATION, YOUTH_WORK),
                        actionAssigned(ACTION, YOUTH_WORK, INFORMATION))
               .when(new ReassignAction(CASE, ACTION, CHAIR, SCHOOL, REASON))
               .expectEvents(new ActionReassigned(CASE, ACTION, YOUTH_WORK, SCHOOL, REASON),
                       consentRequested(ACTION, INFORMATION, YOUTH_WORK));
    }

    @Test
    void a_consent_asked_before_is_not_asked_again_on_reassigning() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK, SCHOOL), informationShared(INFORMATION, POLICE),
                        actionAssigned(ACTION, YOUTH_WORK, INFORMATION), consentRequested(ACTION, INFORMATION, POLICE))
               .when(new ReassignAction(CASE, ACTION, CHAIR, SCHOOL, REASON))
               .expectEvents(new ActionReassigned(CASE, ACTION, YOUTH_WORK, SCHOOL, REASON));
    }

    @Test
    void the_chair_moves_an_open_actions_due_date_to_another_day_not_in_the_past() {
        fixture.given(assignedToYouthWork())
               .when(new ChangeActionDueDate(CASE, ACTION, CHAIR, dueIn(30), REASON))
               .expectEvents(new ActionDueDateChanged(CASE, ACTION, dueIn(30), REASON));
        caseFixture().given(assignedToYouthWork())
               .when(new ChangeActionDueDate(CASE, ACTION, CHAIR, dueIn(-1), REASON))
               .expectException(refusal(RuleViolation.class, "due-date-in-past"))
               .expectNoEvents();
        caseFixture().given(assignedToYouthWork())
               .when(new ChangeActionDueDate(CASE, ACTION, CHAIR, dueIn(14), REASON))
               .expectException(refusal(RuleViolation.class, "same-due-date"))
               .expectNoEvents();
    }
}
