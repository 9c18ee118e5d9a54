package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sharing.SharingLevel;

import java.util.Set;

import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CONTENT;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.UNREGISTERED;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.cases.CaseFixtures.screenConcern;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * Beside opening, referring and dismissing, screening answers a concern with advice only, which closes it, or
 * signposts it to one partner of the round table, which then sees the concern; either is decided once.
 */
class TriageOutcomesTest {

    private static final PersonalText ADVICE = PersonalText.of("talk with the pupil's parents first; call us if it grows");
    private static final PersonalText FEEDBACK = PersonalText.of("youth work knows the family and takes it up");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void a_concern_answered_with_advice_only_records_the_advice() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.AdviseOnly(ADVICE)))
               .expectEvents(new ConcernAdvised(CASE, ADVICE));
    }

    @Test
    void a_concern_signposted_to_one_partner_gives_the_raiser_feedback() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.Signpost(YOUTH_WORK, FEEDBACK)))
               .expectEvents(new ConcernSignposted(CASE, YOUTH_WORK, FEEDBACK));
    }

    @Test
    void a_concern_is_signposted_only_to_a_partner_of_the_round_table() {
        fixture.given(concernRaised())
               .when(screenConcern(new ScreeningDecision.Signpost(UNREGISTERED, FEEDBACK)))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void an_advised_or_signposted_concern_is_not_screened_again() {
        fixture.given(concernRaised(), new ConcernAdvised(CASE, ADVICE))
               .when(screenConcern(new ScreeningDecision.OpenCase(POLICE, Set.of())))
               .expectException(refusal(RuleViolation.class, "concern-already-screened"))
               .expectNoEvents();
        caseFixture().given(concernRaised(), new ConcernSignposted(CASE, YOUTH_WORK, FEEDBACK))
               .when(screenConcern(new ScreeningDecision.Dismiss(FEEDBACK)))
               .expectException(refusal(RuleViolation.class, "concern-already-screened"))
               .expectNoEvents();
    }

    @Test
    void the_partner_signposted_to_knows_the_concern_but_shares_nothing_in_it_as_in_an_open_case() {
        caseFixture().given(concernRaised(), new ConcernSignposted(CASE, YOUTH_WORK, FEEDBACK))
               .when(new ShareInformation(CASE, INFORMATION, representativeOf(YOUTH_WORK), CONTENT,
                       SharingLevel.AMBER, false))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void a_partner_neither_raising_nor_signposted_to_does_not_know_the_concern() {
        caseFixture().given(concernRaised(), new ConcernSignposted(CASE, YOUTH_WORK, FEEDBACK))
               .when(new ShareInformation(CASE, INFORMATION, representativeOf(POLICE), CONTENT,
                       SharingLevel.AMBER, false))
               .expectException(refusal(UnknownItem.class, "unknown-case"))
               .expectNoEvents();
    }
}
