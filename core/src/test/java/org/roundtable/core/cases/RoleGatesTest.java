package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;

import java.util.Set;

import static org.roundtable.core.cases.CaseFixtures.*;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * Roles gate every case command: the chair screens, assigns, closes and reopens; a partner's representative
 * raises concerns, shares and withdraws its information, decides on consent to rely on it, and completes its
 * actions; both record the subject's consent and informing; compliance reviewers, policy members and
 * administrators change no case. A case names only partners of the round table.
 */
class RoleGatesTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    private static Actor holding(Role role) {
        return new Actor(PersonId.of("someone"), SCHOOL, Set.of(role));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PARTNER", mode = EnumSource.Mode.EXCLUDE)
    void only_a_representative_raises_a_concern(Role role) {
        fixture.givenNoPriorActivity()
               .when(new RaiseConcern(CASE, CASE_NUMBER, holding(role), SUBJECT, SUMMARY, Urgency.HIGH,
                       ConcernCategory.RADICALISATION))
               .expectException(refusal(NotAllowed.class, "not-a-representative"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CHAIR", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_the_chair_screens(Role role) {
        fixture.given(concernRaised())
               .when(new ScreenConcern(CASE, holding(role), new ScreeningDecision.Dismiss(REASON)))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CHAIR", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_the_chair_assigns_actions(Role role) {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new AssignAction(CASE, ACTION, holding(role), SCHOOL, DESCRIPTION, dueIn(7), Set.of()))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CHAIR", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_the_chair_closes_and_reopens(Role role) {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new CloseCase(CASE, holding(role), ClosureReason.OTHER, null, CaseFixtures.REPORT, java.util.List.of()))
               .expectException(refusal(NotAllowed.class, "not-the-chair"));
        caseFixture().given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(new ReopenCase(CASE, holding(role), REASON))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTNER", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_a_representative_shares_withdraws_and_completes(Role role) {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new ShareInformation(CASE, INFORMATION, holding(role), CONTENT,
                       org.roundtable.core.sharing.SharingLevel.GREEN, false))
               .expectException(refusal(NotAllowed.class, "not-a-representative"));
        caseFixture().given(concernRaised(), caseOpened(POLICE, SCHOOL), informationShared(INFORMATION, SCHOOL))
               .when(new WithdrawInformation(CASE, INFORMATION, holding(role), null))
               .expectException(refusal(NotAllowed.class, "not-a-representative"));
        caseFixture().given(concernRaised(), caseOpened(POLICE, SCHOOL), actionAssigned(ACTION, SCHOOL))
               .when(new CompleteAction(CASE, ACTION, holding(role), OUTCOME))
               .expectException(refusal(NotAllowed.class, "not-a-representative"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTNER", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_a_representative_grants_or_refuses_consent(Role role) {
        Object[] asked = {concernRaised(), caseOpened(POLICE, SCHOOL), informationShared(INFORMATION, SCHOOL),
                actionAssigned(ACTION, POLICE, INFORMATION), consentRequested(ACTION, INFORMATION, SCHOOL)};
        fixture.given(asked)
               .when(new GrantConsent(CASE, ACTION, INFORMATION, holding(role)))
               .expectException(refusal(NotAllowed.class, "not-a-representative"));
        caseFixture().given(asked)
               .when(new RefuseConsent(CASE, ACTION, INFORMATION, holding(role), REASON))
               .expectException(refusal(NotAllowed.class, "not-a-representative"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CHAIR", "PARTNER", "POLICY", "ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
    void only_the_chair_and_representatives_record_the_subjects_consent_and_informing(Role role) {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectConsent(CASE, holding(role), SubjectConsentDecision.GIVEN, ConsentHolder.SUBJECT, TODAY))
               .expectException(refusal(NotAllowed.class, "not-a-representative"));
        caseFixture().given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectInformed(CASE, holding(role), TODAY))
               .expectException(refusal(NotAllowed.class, "not-a-representative"));
        caseFixture().given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectNotInformed(CASE, holding(role), NotInformedReason.OTHER, null))
               .expectException(refusal(NotAllowed.class, "not-a-representative"))
               .expectNoEvents();
    }

    @Test
    void a_case_is_not_led_by_a_partner_outside_the_round_table() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.OpenCase(UNREGISTERED, Set.of(SCHOOL))))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void a_partner_outside_the_round_table_does_not_take_part() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.OpenCase(POLICE, Set.of(SCHOOL, UNREGISTERED))))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void an_action_is_not_assigned_to_a_partner_that_has_left() {
        fixture.given(concernRaised(), caseOpened(POLICE, UNREGISTERED))
               .when(assignAction(ACTION, UNREGISTERED, dueIn(3)))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }
}
