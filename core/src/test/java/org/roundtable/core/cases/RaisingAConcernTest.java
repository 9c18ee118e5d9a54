package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;

import static org.roundtable.core.cases.CaseFixtures.CLOCK;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.raiseConcern;

/** A partner raises a concern about someone, and a case begins, waiting to be screened. */
class RaisingAConcernTest {

    private final CaseTestFixture fixture = new CaseTestFixture().registerInjectableResource(CLOCK);

    @Test
    void a_raised_concern_records_who_raised_it_about_whom_and_how_urgent_it_is() {
        fixture.givenNoPriorActivity()
               .when(raiseConcern())
               .expectEvents(concernRaised());
    }
}
