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
import static org.roundtable.core.people.PeopleFixtures.deactivateAccount;
import static org.roundtable.core.people.PeopleFixtures.personFixture;
import static org.roundtable.core.people.PeopleFixtures.roleGranted;

/** An administrator closes a person's account for good, but never their own. */
class DeactivatingAnAccountTest {

    private final AggregateTestFixture<Person> fixture = personFixture();

    @Test
    void an_account_can_be_deactivated() {
        fixture.given(accountOpened(ANNA), roleGranted(ANNA, Role.PARTNER))
               .when(deactivateAccount(ANNA, ADMINISTRATOR))
               .expectEvents(accountDeactivated(ANNA));
    }

    @Test
    void an_account_cannot_be_deactivated_twice() {
        fixture.given(accountOpened(ANNA), accountDeactivated(ANNA))
               .when(deactivateAccount(ANNA, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "account-deactivated"))
               .expectNoEvents();
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        fixture.given(accountOpened(ALEX), roleGranted(ALEX, Role.ADMIN))
               .when(deactivateAccount(ALEX, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "own-administration"))
               .expectNoEvents();
    }

    @Test
    void another_administrator_can_deactivate_an_administrators_account() {
        fixture.given(accountOpened(ALEX), roleGranted(ALEX, Role.ADMIN))
               .when(deactivateAccount(ALEX, OTHER_ADMINISTRATOR))
               .expectEvents(accountDeactivated(ALEX));
    }

    @Test
    void only_an_administrator_deactivates_an_account() {
        fixture.given(accountOpened(ANNA))
               .when(deactivateAccount(ANNA, CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }
}
