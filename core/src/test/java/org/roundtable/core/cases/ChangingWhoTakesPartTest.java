package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.UNREGISTERED;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.actionAssigned;
import static org.roundtable.core.cases.CaseFixtures.actionCompleted;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.consentGranted;
import static org.roundtable.core.cases.CaseFixtures.consentRequested;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * The chair changes who takes part in an open case and who leads it. A partner leaves only when nothing in the
 * case waits for it; the lead is handed over before it leaves.
 */
class ChangingWhoTakesPartTest {

    private static final PersonalText WHY = PersonalText.of("the school is no longer involved since the move");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void the_chair_brings_a_partner_into_an_open_case() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new AddParticipant(CASE, CHAIR, YOUTH_WORK))
               .expectEvents(new ParticipantAdded(CASE, YOUTH_WORK));
    }

    @Test
    void a_partner_already_taking_part_is_not_added_again() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(new AddParticipant(CASE, CHAIR, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "already-a-participant"))
               .expectNoEvents();
    }

    @Test
    void only_a_partner_of_the_round_table_joins_a_case() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new AddParticipant(CASE, CHAIR, UNREGISTERED))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void partners_join_only_an_open_case() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(new AddParticipant(CASE, CHAIR, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void only_the_chair_changes_who_takes_part() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(new AddParticipant(CASE, representativeOf(POLICE), SCHOOL))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void the_lead_goes_to_another_partner_taking_part() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(new ChangeLead(CASE, CHAIR, YOUTH_WORK))
               .expectEvents(new LeadChanged(CASE, POLICE, YOUTH_WORK));
    }

    @Test
    void the_lead_goes_only_to_a_partner_taking_part() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new ChangeLead(CASE, CHAIR, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
    }

    @Test
    void the_lead_is_not_handed_to_the_partner_already_leading() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), new LeadChanged(CASE, POLICE, YOUTH_WORK))
               .when(new ChangeLead(CASE, CHAIR, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "same-lead"))
               .expectNoEvents();
    }

    @Test
    void a_partner_taking_part_is_taken_out_with_a_reason() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, SCHOOL, WHY))
               .expectEvents(new ParticipantRemoved(CASE, SCHOOL, WHY));
    }

    @Test
    void the_lead_hands_over_before_it_leaves() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, POLICE, WHY))
               .expectException(refusal(RuleViolation.class, "partner-leads-the-case"))
               .expectNoEvents();
    }

    @Test
    void a_former_lead_may_leave_once_the_lead_was_handed_over() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), new LeadChanged(CASE, POLICE, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, POLICE, WHY))
               .expectEvents(new ParticipantRemoved(CASE, POLICE, WHY));
    }

    @Test
    void a_partner_with_an_open_action_stays_until_the_action_is_done_or_moved() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), actionAssigned(ACTION, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, SCHOOL, WHY))
               .expectException(refusal(RuleViolation.class, "partner-has-open-actions"))
               .expectNoEvents();
    }

    @Test
    void a_partner_whose_actions_are_done_may_leave() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), actionAssigned(ACTION, SCHOOL),
                      actionCompleted(ACTION, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, SCHOOL, WHY))
               .expectEvents(new ParticipantRemoved(CASE, SCHOOL, WHY));
    }

    @Test
    void a_partner_still_to_decide_on_consent_stays_until_it_decided() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), informationShared(INFORMATION, SCHOOL),
                      actionAssigned(ACTION, POLICE, INFORMATION), consentRequested(ACTION, INFORMATION, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, SCHOOL, WHY))
               .expectException(refusal(RuleViolation.class, "partner-has-pending-consents"))
               .expectNoEvents();
    }

    @Test
    void a_partner_that_decided_on_consent_may_leave() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), informationShared(INFORMATION, SCHOOL),
                      actionAssigned(ACTION, POLICE, INFORMATION), consentRequested(ACTION, INFORMATION, SCHOOL),
                      consentGranted(ACTION, INFORMATION, SCHOOL))
               .when(new RemoveParticipant(CASE, CHAIR, SCHOOL, WHY))
               .expectEvents(new ParticipantRemoved(CASE, SCHOOL, WHY));
    }

    @Test
    void a_partner_not_taking_part_cannot_be_taken_out() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new RemoveParticipant(CASE, CHAIR, YOUTH_WORK, WHY))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
    }

    @Test
    void a_partner_taken_out_no_longer_knows_the_case() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), new ParticipantRemoved(CASE, YOUTH_WORK, WHY))
               .when(CaseFixtures.shareInformation(INFORMATION, YOUTH_WORK))
               .expectException(refusal(UnknownItem.class, "unknown-case"))
               .expectNoEvents();
    }

    @Test
    void a_partner_brought_in_may_be_given_an_action() {
        fixture.given(concernRaised(), caseOpened(POLICE), new ParticipantAdded(CASE, YOUTH_WORK))
               .when(CaseFixtures.assignAction(ACTION, YOUTH_WORK, CaseFixtures.dueIn(7)))
               .expectSuccessfulHandlerExecution();
    }
}
