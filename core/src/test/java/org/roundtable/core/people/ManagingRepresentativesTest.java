package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.ANNA;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.SOFIE;
import static org.roundtable.core.people.PeopleFixtures.addRepresentative;
import static org.roundtable.core.people.PeopleFixtures.partnerFixture;
import static org.roundtable.core.people.PeopleFixtures.partnerLeft;
import static org.roundtable.core.people.PeopleFixtures.partnerRegistered;
import static org.roundtable.core.people.PeopleFixtures.removeRepresentative;
import static org.roundtable.core.people.PeopleFixtures.representativeAdded;
import static org.roundtable.core.people.PeopleFixtures.representativeRemoved;

/** An administrator names the people who represent a partner, and takes them off the list again. */
class ManagingRepresentativesTest {

    private final AggregateTestFixture<Partner> fixture = partnerFixture();

    @Test
    void a_person_can_be_added_as_a_representative() {
        fixture.given(partnerRegistered())
               .when(addRepresentative(ANNA, ADMINISTRATOR))
               .expectEvents(representativeAdded(ANNA));
    }

    @Test
    void a_partner_can_have_several_representatives() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(addRepresentative(SOFIE, ADMINISTRATOR))
               .expectEvents(representativeAdded(SOFIE));
    }

    @Test
    void a_representative_cannot_be_added_twice() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(addRepresentative(ANNA, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "already-a-representative"))
               .expectNoEvents();
    }

    @Test
    void a_representative_can_be_removed() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(removeRepresentative(ANNA, ADMINISTRATOR))
               .expectEvents(representativeRemoved(ANNA));
    }

    @Test
    void a_person_who_does_not_represent_the_partner_cannot_be_removed() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(removeRepresentative(SOFIE, ADMINISTRATOR))
               .expectException(refusal(UnknownItem.class, "unknown-representative"))
               .expectNoEvents();
    }

    @Test
    void a_removed_representative_cannot_be_removed_again() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA), representativeRemoved(ANNA))
               .when(removeRepresentative(ANNA, ADMINISTRATOR))
               .expectException(refusal(UnknownItem.class, "unknown-representative"))
               .expectNoEvents();
    }

    @Test
    void a_removed_representative_can_be_added_again() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA), representativeRemoved(ANNA))
               .when(addRepresentative(ANNA, ADMINISTRATOR))
               .expectEvents(representativeAdded(ANNA));
    }

    @Test
    void only_an_administrator_adds_a_representative() {
        fixture.given(partnerRegistered())
               .when(addRepresentative(ANNA, CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void only_an_administrator_removes_a_representative() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(removeRepresentative(ANNA, CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }

    @Test
    void a_partner_that_has_left_takes_no_new_representative() {
        fixture.given(partnerRegistered(), partnerLeft())
               .when(addRepresentative(ANNA, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "partner-has-left"))
               .expectNoEvents();
    }

    @Test
    void a_partner_that_has_left_has_no_representative_to_remove() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA), partnerLeft())
               .when(removeRepresentative(ANNA, ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "partner-has-left"))
               .expectNoEvents();
    }
}
