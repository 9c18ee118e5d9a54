package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.POLICE;
import static org.roundtable.core.people.PeopleFixtures.partnerFixture;
import static org.roundtable.core.people.PeopleFixtures.partnerRegistered;
import static org.roundtable.core.people.PeopleFixtures.registerPartner;

/** An administrator registers an organisation as a partner, under its code, with its name and sector. */
class RegisteringAPartnerTest {

    private final AggregateTestFixture<Partner> fixture = partnerFixture();

    @Test
    void a_registered_partner_records_its_code_name_and_sector() {
        fixture.givenNoPriorActivity()
               .when(registerPartner(ADMINISTRATOR))
               .expectEvents(partnerRegistered());
    }

    @Test
    void the_name_is_kept_without_surrounding_spaces() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPartner(POLICE, "  Police Zone North ", Sector.POLICE, ADMINISTRATOR))
               .expectEvents(partnerRegistered());
    }

    @Test
    void only_an_administrator_registers_a_partner() {
        fixture.givenNoPriorActivity()
               .when(registerPartner(CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void a_partner_cannot_be_registered_with_a_blank_name() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class,
                () -> new RegisterPartner(POLICE, "   ", Sector.POLICE, ADMINISTRATOR));
        assertThat(refused.field()).isEqualTo("name");
    }

    @Test
    void a_partner_name_has_at_most_200_characters() {
        assertThat(new RegisterPartner(POLICE, "p".repeat(200), Sector.POLICE, ADMINISTRATOR).name()).hasSize(200);
        InvalidValue refused = catchThrowableOfType(InvalidValue.class,
                () -> new RegisterPartner(POLICE, "p".repeat(201), Sector.POLICE, ADMINISTRATOR));
        assertThat(refused.field()).isEqualTo("name");
    }

    @Test
    void a_partner_cannot_be_registered_without_a_sector() {
        assertThatNullPointerException().isThrownBy(() -> new RegisterPartner(POLICE, "Police", null, ADMINISTRATOR));
    }
}
