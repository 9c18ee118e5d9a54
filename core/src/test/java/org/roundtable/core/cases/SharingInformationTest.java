package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.sharing.SharingLevel;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CONTENT;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernDismissed;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.concernReferred;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.cases.CaseFixtures.shareInformation;
import static org.roundtable.core.common.Refusals.refusal;

/** Partners taking part in an open case bring information to the table; the sharer's partner owns it. */
class SharingInformationTest {

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void information_shared_by_a_participant_is_owned_by_the_sharers_partner() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(shareInformation(INFORMATION, YOUTH_WORK))
               .expectEvents(new InformationShared(CASE, INFORMATION, YOUTH_WORK, CONTENT, SharingLevel.AMBER_STRICT,
                       false));
    }

    @Test
    void a_partner_may_ask_not_to_be_named_as_the_source() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(new ShareInformation(CASE, INFORMATION, representativeOf(POLICE), CONTENT, SharingLevel.RED, true))
               .expectEvents(new InformationShared(CASE, INFORMATION, POLICE, CONTENT, SharingLevel.RED, true));
    }

    @Test
    void information_cannot_be_shared_before_the_concern_is_screened() {
        fixture.given(concernRaised())
               .when(shareInformation(INFORMATION, SCHOOL))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void information_cannot_be_shared_in_a_closed_case() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(shareInformation(INFORMATION, POLICE))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void information_cannot_be_shared_about_a_referred_concern() {
        fixture.given(concernRaised(), concernReferred())
               .when(shareInformation(INFORMATION, SCHOOL))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void information_cannot_be_shared_about_a_dismissed_concern() {
        fixture.given(concernRaised(), concernDismissed())
               .when(shareInformation(INFORMATION, SCHOOL))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void a_partner_outside_the_case_cannot_share_information_in_it() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK))
               .when(shareInformation(INFORMATION, SCHOOL))
               .expectException(refusal(RuleViolation.class, "not-a-participant"))
               .expectNoEvents();
    }

    @Test
    void the_same_information_cannot_be_shared_twice() {
        fixture.given(concernRaised(), caseOpened(POLICE), informationShared(INFORMATION, POLICE))
               .when(shareInformation(INFORMATION, POLICE))
               .expectException(refusal(RuleViolation.class, "information-already-shared"))
               .expectNoEvents();
    }

    @Test
    void information_cannot_be_shared_without_a_sharing_level() {
        assertThatNullPointerException().isThrownBy(
                () -> new ShareInformation(CASE, INFORMATION, representativeOf(POLICE), CONTENT, null, false));
    }
}
