package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.CHARTER;
import static org.roundtable.core.people.PeopleFixtures.POLICE;
import static org.roundtable.core.people.PeopleFixtures.agreeCharter;
import static org.roundtable.core.people.PeopleFixtures.partnerFixture;
import static org.roundtable.core.people.PeopleFixtures.partnerLeft;
import static org.roundtable.core.people.PeopleFixtures.partnerRegistered;

/** A partner agrees to a version of the round table's charter, recorded by an administrator. */
class AgreeingToTheCharterTest {

    private final AggregateTestFixture<Partner> fixture = partnerFixture();

    @Test
    void a_partner_agrees_to_a_version_of_the_charter() {
        fixture.given(partnerRegistered())
               .when(agreeCharter(ADMINISTRATOR))
               .expectEvents(new CharterAgreed(POLICE, CHARTER));
    }

    @Test
    void only_an_administrator_records_that_a_partner_agreed_to_the_charter() {
        fixture.given(partnerRegistered())
               .when(agreeCharter(CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void a_partner_that_has_left_cannot_agree_to_the_charter() {
        fixture.given(partnerRegistered(), partnerLeft())
               .when(agreeCharter(ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "partner-has-left"))
               .expectNoEvents();
    }

    @Test
    void a_charter_version_is_named_in_1_to_50_characters() {
        assertThat(new AgreeCharter(POLICE, " " + "v".repeat(50) + " ", ADMINISTRATOR).charterVersion()).hasSize(50);
        assertThat(catchThrowableOfType(InvalidValue.class, () -> new AgreeCharter(POLICE, "", ADMINISTRATOR)).field())
                .isEqualTo("charterVersion");
        assertThat(catchThrowableOfType(InvalidValue.class,
                () -> new AgreeCharter(POLICE, "v".repeat(51), ADMINISTRATOR)).field()).isEqualTo("charterVersion");
    }
}
