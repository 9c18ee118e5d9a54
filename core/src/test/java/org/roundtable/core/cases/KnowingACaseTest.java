package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.util.List;
import java.util.Set;

import static org.roundtable.core.cases.CaseFixtures.*;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * A command never tells anyone that a case exists who may not know of it: to a partner that takes no part and
 * did not raise it, a partner that has left, a policy member or an administrator, every command on it answers
 * as for an unknown case, whatever the command and whatever else would refuse it.
 */
class KnowingACaseTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    /** One command of every kind, given by this actor. */
    private static List<CaseCommand> everyCommand(Actor actor) {
        return List.of(
                new ScreenConcern(CASE, actor, new ScreeningDecision.Dismiss(REASON)),
                new ShareInformation(CASE, OTHER_INFORMATION, actor, CONTENT, org.roundtable.core.sharing.SharingLevel.GREEN, false),
                new WithdrawInformation(CASE, INFORMATION, actor, null),
                new AssignAction(CASE, ActionId.random(), actor, POLICE, DESCRIPTION, dueIn(7), Set.of()),
                new GrantConsent(CASE, ACTION, INFORMATION, actor),
                new RefuseConsent(CASE, ACTION, INFORMATION, actor, REASON),
                new CompleteAction(CASE, ACTION, actor, OUTCOME),
                new RecordSubjectConsent(CASE, actor, SubjectConsentDecision.GIVEN, ConsentHolder.SUBJECT, TODAY),
                new RecordSubjectInformed(CASE, actor, TODAY),
                new RecordSubjectNotInformed(CASE, actor, NotInformedReason.OTHER, null),
                new CloseCase(CASE, actor, ClosureReason.OTHER, null, CaseFixtures.REPORT, java.util.List.of()),
                new ReopenCase(CASE, actor, REASON));
    }

    private static Object[] aCaseOfPoliceAndSchool() {
        return new Object[] {concernRaised(), caseOpened(POLICE, SCHOOL, UNREGISTERED), informationShared(INFORMATION, SCHOOL),
                actionAssigned(ACTION, POLICE, INFORMATION), consentRequested(ACTION, INFORMATION, SCHOOL)};
    }

    @Test
    void a_partner_outside_the_case_learns_nothing_of_it_from_any_command() {
        for (CaseCommand command : everyCommand(representativeOf(YOUTH_WORK))) {
            caseFixture().given(aCaseOfPoliceAndSchool())
                    .when(command)
                    .expectException(refusal(UnknownItem.class, "unknown-case"))
                    .expectNoEvents();
        }
    }

    @Test
    void a_partner_that_has_left_learns_nothing_of_a_case_it_took_part_in() {
        for (CaseCommand command : everyCommand(representativeOf(UNREGISTERED))) {
            caseFixture().given(aCaseOfPoliceAndSchool())
                    .when(command)
                    .expectException(refusal(UnknownItem.class, "unknown-case"))
                    .expectNoEvents();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"POLICY", "ADMIN"})
    void policy_members_and_administrators_learn_nothing_of_any_case(Role role) {
        Actor actor = new Actor(PersonId.of("someone"), SCHOOL, Set.of(role));
        for (CaseCommand command : everyCommand(actor)) {
            caseFixture().given(aCaseOfPoliceAndSchool())
                    .when(command)
                    .expectException(refusal(UnknownItem.class, "unknown-case"))
                    .expectNoEvents();
        }
    }

    @Test
    void the_partner_that_raised_the_concern_knows_the_case_but_acts_in_it_only_if_it_takes_part() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(shareInformation(INFORMATION, SCHOOL))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
    }

    @Test
    void a_partner_that_has_left_raises_no_concern() {
        fixture.givenNoPriorActivity()
               .when(new RaiseConcern(CASE, CASE_NUMBER, representativeOf(UNREGISTERED), SUBJECT, SUMMARY, Urgency.HIGH,
                       ConcernCategory.RADICALISATION))
               .expectException(refusal(RuleViolation.class, "partner-has-left"))
               .expectNoEvents();
    }
}
