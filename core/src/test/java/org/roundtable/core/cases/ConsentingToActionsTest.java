package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.ACTION;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.DESCRIPTION;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.OTHER_INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.OUTCOME;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.actionAssigned;
import static org.roundtable.core.cases.CaseFixtures.assignAction;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.completeAction;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.consentGranted;
import static org.roundtable.core.cases.CaseFixtures.consentRefused;
import static org.roundtable.core.cases.CaseFixtures.consentRequested;
import static org.roundtable.core.cases.CaseFixtures.dueIn;
import static org.roundtable.core.cases.CaseFixtures.grantConsent;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.refuseConsent;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * An action that relies on another partner's information waits for that owner's consent: asked when the
 * action is assigned, granted or refused once by the owner, and the action is completed only when every
 * owner consented.
 */
class ConsentingToActionsTest {

    private static final InformationId SCHOOL_INFORMATION = InformationId.of("00000000-0000-4000-8000-00000000000c");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void an_action_relying_on_another_partners_information_asks_its_owner_for_consent() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, POLICE))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14), INFORMATION))
               .expectEvents(new ActionAssigned(CASE, ACTION, YOUTH_WORK, DESCRIPTION, dueIn(14), Set.of(INFORMATION)),
                       new ConsentRequested(CASE, ACTION, INFORMATION, POLICE));
    }

    @Test
    void consent_is_asked_once_for_each_item_of_another_partner_and_never_for_the_assignees_own() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK, SCHOOL), informationShared(INFORMATION, POLICE),
                       informationShared(OTHER_INFORMATION, YOUTH_WORK), informationShared(SCHOOL_INFORMATION, SCHOOL))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14), SCHOOL_INFORMATION, OTHER_INFORMATION, INFORMATION))
               .expectEvents(new ActionAssigned(CASE, ACTION, YOUTH_WORK, DESCRIPTION, dueIn(14),
                               Set.of(INFORMATION, OTHER_INFORMATION, SCHOOL_INFORMATION)),
                       consentRequested(ACTION, INFORMATION, POLICE),
                       consentRequested(ACTION, SCHOOL_INFORMATION, SCHOOL));
    }

    @Test
    void an_action_relying_only_on_the_assignees_own_information_asks_no_consent() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, YOUTH_WORK))
               .when(assignAction(ACTION, YOUTH_WORK, dueIn(14), INFORMATION))
               .expectEvents(new ActionAssigned(CASE, ACTION, YOUTH_WORK, DESCRIPTION, dueIn(14), Set.of(INFORMATION)));
    }

    @Test
    void the_owner_grants_consent() {
        fixture.given(asked())
               .when(grantConsent(ACTION, INFORMATION, POLICE))
               .expectEvents(new ConsentGranted(CASE, ACTION, INFORMATION, POLICE));
    }

    @Test
    void the_owner_refuses_consent_saying_why() {
        fixture.given(asked())
               .when(refuseConsent(ACTION, INFORMATION, POLICE))
               .expectEvents(new ConsentRefused(CASE, ACTION, INFORMATION, POLICE, REASON));
    }

    @Test
    void consent_cannot_be_refused_without_a_reason() {
        assertThatNullPointerException().isThrownBy(
                () -> new RefuseConsent(CASE, ACTION, INFORMATION, representativeOf(POLICE), null));
    }

    @Test
    void only_the_owner_decides_on_consent() {
        fixture.given(asked())
               .when(grantConsent(ACTION, INFORMATION, YOUTH_WORK))
               .expectException(refusal(NotAllowed.class, "not-the-owner"))
               .expectNoEvents();
        caseFixture().given(asked())
               .when(refuseConsent(ACTION, INFORMATION, YOUTH_WORK))
               .expectException(refusal(NotAllowed.class, "not-the-owner"))
               .expectNoEvents();
    }

    @Test
    void consent_for_an_action_never_assigned_is_refused() {
        fixture.given(asked())
               .when(grantConsent(ActionId.of("00000000-0000-4000-8000-0000000000ad"), INFORMATION, POLICE))
               .expectException(refusal(UnknownItem.class, "unknown-action"))
               .expectNoEvents();
    }

    @Test
    void consent_that_was_never_asked_cannot_be_decided() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, POLICE),
                       actionAssigned(ACTION, YOUTH_WORK))
               .when(grantConsent(ACTION, INFORMATION, POLICE))
               .expectException(refusal(UnknownItem.class, "unknown-consent"))
               .expectNoEvents();
    }

    @Test
    void consent_is_decided_once() {
        fixture.given(asked(consentGranted(ACTION, INFORMATION, POLICE)))
               .when(refuseConsent(ACTION, INFORMATION, POLICE))
               .expectException(refusal(RuleViolation.class, "consent-already-decided"))
               .expectNoEvents();
        caseFixture().given(asked(consentRefused(ACTION, INFORMATION, POLICE)))
               .when(grantConsent(ACTION, INFORMATION, POLICE))
               .expectException(refusal(RuleViolation.class, "consent-already-decided"))
               .expectNoEvents();
    }

    @Test
    void an_action_cannot_be_completed_while_consent_is_pending() {
        fixture.given(asked())
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "consent-pending"))
               .expectNoEvents();
    }

    @Test
    void an_action_is_completed_once_every_owner_consented() {
        fixture.given(asked(consentGranted(ACTION, INFORMATION, POLICE)))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectEvents(new ActionCompleted(CASE, ACTION, YOUTH_WORK, OUTCOME));
    }

    @Test
    void an_action_waits_for_every_owner_not_only_the_first() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK, SCHOOL), informationShared(INFORMATION, POLICE),
                       informationShared(SCHOOL_INFORMATION, SCHOOL),
                       actionAssigned(ACTION, YOUTH_WORK, INFORMATION, SCHOOL_INFORMATION),
                       consentRequested(ACTION, INFORMATION, POLICE), consentRequested(ACTION, SCHOOL_INFORMATION, SCHOOL),
                       consentGranted(ACTION, INFORMATION, POLICE))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "consent-pending"))
               .expectNoEvents();
    }

    @Test
    void an_action_whose_consent_was_refused_cannot_be_completed() {
        fixture.given(asked(consentRefused(ACTION, INFORMATION, POLICE)))
               .when(completeAction(ACTION, YOUTH_WORK))
               .expectException(refusal(RuleViolation.class, "consent-refused"))
               .expectNoEvents();
    }

    /** Youth work took on an action relying on the police's information, and the police were asked to consent; then more. */
    private static List<Object> asked(Object... then) {
        List<Object> events = new ArrayList<>(List.of(concernRaised(), caseOpened(POLICE, YOUTH_WORK),
                informationShared(INFORMATION, POLICE), actionAssigned(ACTION, YOUTH_WORK, INFORMATION),
                consentRequested(ACTION, INFORMATION, POLICE)));
        events.addAll(List.of(then));
        return events;
    }
}
