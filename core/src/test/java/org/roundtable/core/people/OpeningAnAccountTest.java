package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.ANNA;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.LEFT_PARTNER;
import static org.roundtable.core.people.PeopleFixtures.POLICE;
import static org.roundtable.core.people.PeopleFixtures.accountOpened;
import static org.roundtable.core.people.PeopleFixtures.openAccount;
import static org.roundtable.core.people.PeopleFixtures.personFixture;
import static org.roundtable.core.people.PeopleFixtures.roleGranted;

/** An administrator opens an account for a person, acting for one partner, with the roles they start with. */
class OpeningAnAccountTest {

    private final AggregateTestFixture<Person> fixture = personFixture();

    @Test
    void an_opened_account_records_the_person_and_their_partner_then_grants_each_role_in_order() {
        fixture.givenNoPriorActivity()
               .when(openAccount(ANNA, ADMINISTRATOR, Role.PARTNER, Role.CHAIR))
               .expectEvents(accountOpened(ANNA), roleGranted(ANNA, Role.CHAIR), roleGranted(ANNA, Role.PARTNER));
    }

    @Test
    void an_account_may_be_opened_without_roles() {
        fixture.givenNoPriorActivity()
               .when(openAccount(ANNA, ADMINISTRATOR))
               .expectEvents(accountOpened(ANNA));
    }

    @Test
    void an_account_belongs_to_a_partner_of_the_round_table() {
        fixture.givenNoPriorActivity()
               .when(new OpenAccount(ANNA, LEFT_PARTNER, "Anna", java.util.Set.of(Role.PARTNER), ADMINISTRATOR))
               .expectException(refusal(org.roundtable.core.common.RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void only_an_administrator_opens_an_account() {
        fixture.givenNoPriorActivity()
               .when(openAccount(ANNA, CHAIR, Role.PARTNER))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void the_display_name_is_kept_without_surrounding_spaces() {
        OpenAccount command = new OpenAccount(ANNA, POLICE, " Anna Janssens  ", Set.of(), ADMINISTRATOR);
        assertThat(command.displayName()).isEqualTo("Anna Janssens");
    }

    @Test
    void a_display_name_has_1_to_200_characters() {
        assertThat(catchThrowableOfType(InvalidValue.class,
                () -> new OpenAccount(ANNA, POLICE, " ", Set.of(), ADMINISTRATOR)).field()).isEqualTo("displayName");
        assertThat(catchThrowableOfType(InvalidValue.class,
                () -> new OpenAccount(ANNA, POLICE, "a".repeat(201), Set.of(), ADMINISTRATOR)).field())
                .isEqualTo("displayName");
    }

    @Test
    void a_person_belongs_to_a_partner() {
        assertThatNullPointerException()
                .isThrownBy(() -> new OpenAccount(ANNA, null, "Anna Janssens", Set.of(), ADMINISTRATOR));
    }
}
