package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.OTHER_INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.informationWithdrawn;
import static org.roundtable.core.cases.CaseFixtures.withdrawInformation;
import static org.roundtable.core.common.Refusals.refusal;

/** Only the partner that shared information may take it back, and only once. */
class WithdrawingInformationTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void the_owner_may_withdraw_its_information_with_a_reason() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, POLICE))
               .when(withdrawInformation(INFORMATION, POLICE, REASON))
               .expectEvents(new InformationWithdrawn(CASE, INFORMATION, POLICE, REASON));
    }

    @Test
    void the_owner_may_withdraw_its_information_without_giving_a_reason() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, POLICE))
               .when(withdrawInformation(INFORMATION, POLICE, null))
               .expectEvents(new InformationWithdrawn(CASE, INFORMATION, POLICE, null));
    }

    @Test
    void information_never_shared_in_the_case_cannot_be_withdrawn() {
        fixture.given(concernRaised(), caseOpened(POLICE), informationShared(INFORMATION, POLICE))
               .when(withdrawInformation(OTHER_INFORMATION, POLICE, REASON))
               .expectException(refusal(UnknownItem.class, "unknown-information"))
               .expectNoEvents();
    }

    @Test
    void a_partner_cannot_withdraw_information_another_partner_shared() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), informationShared(INFORMATION, POLICE))
               .when(withdrawInformation(INFORMATION, YOUTH_WORK, REASON))
               .expectException(refusal(NotAllowed.class, "not-the-owner"))
               .expectNoEvents();
    }

    @Test
    void information_cannot_be_withdrawn_twice() {
        fixture.given(concernRaised(), caseOpened(POLICE), informationShared(INFORMATION, POLICE),
                       informationWithdrawn(INFORMATION, POLICE))
               .when(withdrawInformation(INFORMATION, POLICE, REASON))
               .expectException(refusal(RuleViolation.class, "information-already-withdrawn"))
               .expectNoEvents();
    }
}
