package org.roundtable.core.people;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.people.PeopleFixtures.ADMINISTRATOR;
import static org.roundtable.core.people.PeopleFixtures.ANNA;
import static org.roundtable.core.people.PeopleFixtures.CHAIR;
import static org.roundtable.core.people.PeopleFixtures.leaveRoundTable;
import static org.roundtable.core.people.PeopleFixtures.partnerFixture;
import static org.roundtable.core.people.PeopleFixtures.partnerLeft;
import static org.roundtable.core.people.PeopleFixtures.partnerRegistered;
import static org.roundtable.core.people.PeopleFixtures.representativeAdded;

/** A partner leaves the round table once; after that nothing about it changes. */
class LeavingTheRoundTableTest {

    private final AggregateTestFixture<Partner> fixture = partnerFixture();

    @Test
    void a_partner_can_leave_the_round_table() {
        fixture.given(partnerRegistered(), representativeAdded(ANNA))
               .when(leaveRoundTable(ADMINISTRATOR))
               .expectEvents(partnerLeft());
    }

    @Test
    void a_partner_cannot_leave_twice() {
        fixture.given(partnerRegistered(), partnerLeft())
               .when(leaveRoundTable(ADMINISTRATOR))
               .expectException(refusal(RuleViolation.class, "partner-has-left"))
               .expectNoEvents();
    }

    @Test
    void only_an_administrator_records_that_a_partner_leaves() {
        fixture.given(partnerRegistered())
               .when(leaveRoundTable(CHAIR))
               .expectException(refusal(NotAllowed.class, "not-an-administrator"))
               .expectNoEvents();
    }
}
