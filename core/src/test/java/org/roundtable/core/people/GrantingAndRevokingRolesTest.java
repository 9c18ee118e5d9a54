package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.ALEX;
import static org.roundtable.core.people.PeopleFixtures.ANNA;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.OTHER_ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.accountDeactivated;
import static org.roundtable.core.people.PeopleFixtures.accountOpened;
import static org.roundtable.core.people.PeopleFixtures.grantRole;
import static org.roundtable.core.people.PeopleFixtures.personFixture;
import static org.roundtable.core.people.PeopleFixtures.revokeRole;
import static org.roundtable.core.people.PeopleFixtures.roleGranted;
import static org.roundtable.core.people.PeopleFixtures.roleRevoked;

/** An administrator gives people roles and takes them away, but never their own administration. */
class GrantingAndRevokingRolesTest {

    private final AggregateTestFixture<Person> fixture = personFixture();

    @Test
    void a_person_can_be_granted_a_role() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER))
               .when(grantRole(ANNA, Role.CHAIR, ADMINISTRATOR))
               .expectEvents(roleGranted(ANNA, Role.CHAIR));
    }

    @Test
    void a_role_already_held_cannot_be_granted_again() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER))
               .when(grantRole(ANNA, Role.PARTNER, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "role-already-held"))
               .expectNoEvents();
    }

    @Test
    void a_role_can_be_revoked() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER), roleGranted(ANNA, Role.CHAIR))
               .when(revokeRole(ANNA, Role.CHAIR, ADMINISTRATOR))
               .expectEvents(roleRevoked(ANNA, Role.CHAIR));
    }

    @Test
    void a_role_not_held_cannot_be_revoked() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER))
               .when(revokeRole(ANNA, Role.CHAIR, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "role-not-held"))
               .expectNoEvents();
    }

    @Test
    void a_revoked_role_can_be_granted_again() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.CHAIR), roleRevoked(ANNA, Role.CHAIR))
               .when(grantRole(ANNA, Role.CHAIR, ADMINISTRATOR))
               .expectEvents(roleGranted(ANNA, Role.CHAIR));
    }

    @Test
    void an_administrator_cannot_revoke_their_own_administration() {
        fixture.given(accountOpened(ALEX), roleGranted(ALEX, Role.ADMIN))
               .when(revokeRole(ALEX, Role.ADMIN, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "own-administration"))
               .expectNoEvents();
    }

    @Test
    void another_administrator_can_revoke_an_administrators_administration() {
        fixture.given(accountOpened(ALEX), roleGranted(ALEX, Role.ADMIN))
               .when(revokeRole(ALEX, Role.ADMIN, OTHER_ADMINISTRATOR))
               .expectEvents(roleRevoked(ALEX, Role.ADMIN));
    }

    @Test
    void an_administrator_can_revoke_their_own_other_roles() {
        fixture.given(accountOpened(ALEX), roleGranted(ALEX, Role.CHAIR), roleGranted(ALEX, Role.ADMIN))
               .when(revokeRole(ALEX, Role.CHAIR, ADMINISTRATOR))
               .expectEvents(roleRevoked(ALEX, Role.CHAIR));
    }

    @Test
    void only_an_administrator_grants_a_role() {
        fixture.given(accountOpened(ANNA))
               .when(grantRole(ANNA, Role.PARTNER, CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void only_an_administrator_revokes_a_role() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER))
               .when(revokeRole(ANNA, Role.PARTNER, CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void a_deactivated_account_cannot_be_granted_a_role() {
        fixture.given(accountOpened(ANNA), accountDeactivated(ANNA))
               .when(grantRole(ANNA, Role.PARTNER, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "account-deactivated"))
               .expectNoEvents();
    }

    @Test
    void a_deactivated_account_has_no_role_to_revoke() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER), accountDeactivated(ANNA))
               .when(revokeRole(ANNA, Role.PARTNER, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "account-deactivated"))
               .expectNoEvents();
    }
}
