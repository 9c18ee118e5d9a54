package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.INFORMATION;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.caseReopened;
import static org.roundtable.core.cases.CaseFixtures.closeCase;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.informationShared;
import static org.roundtable.core.cases.CaseFixtures.reopenCase;
import static org.roundtable.core.cases.CaseFixtures.shareInformation;
import static org.roundtable.core.common.Refusals.refusal;

/** The chair closes an open case for a reason, and may reopen a closed one, which then works as before. */
class ClosingAndReopeningTest {

    private static final PersonalText NOTE = PersonalText.of("no incidents since the family moved");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void an_open_case_can_be_closed_with_a_note() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(closeCase(NOTE))
               .expectEvents(new CaseClosed(CASE, ClosureReason.RISK_REDUCED, NOTE, CaseFixtures.REPORT, java.util.List.of()));
    }

    @Test
    void an_open_case_can_be_closed_without_a_note() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(closeCase(null))
               .expectEvents(new CaseClosed(CASE, ClosureReason.RISK_REDUCED, null, CaseFixtures.REPORT, java.util.List.of()));
    }

    @Test
    void a_concern_awaiting_screening_cannot_be_closed() {
        fixture.given(concernRaised())
               .when(closeCase(NOTE))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void a_closed_case_cannot_be_closed_again() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(closeCase(NOTE))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void a_closed_case_can_be_reopened() {
        fixture.given(concernRaised(), caseOpened(POLICE), caseClosed())
               .when(reopenCase())
               .expectEvents(new CaseReopened(CASE, REASON), CaseFixtures.reviewScheduled(CaseFixtures.FIRST_REVIEW));
    }

    @Test
    void an_open_case_cannot_be_reopened() {
        fixture.given(concernRaised(), caseOpened(POLICE))
               .when(reopenCase())
               .expectException(refusal(RuleViolation.class, "case-not-closed"))
               .expectNoEvents();
    }

    @Test
    void a_concern_awaiting_screening_cannot_be_reopened() {
        fixture.given(concernRaised())
               .when(reopenCase())
               .expectException(refusal(RuleViolation.class, "case-not-closed"))
               .expectNoEvents();
    }

    @Test
    void a_reopened_case_takes_information_from_its_participants_again() {
        fixture.given(concernRaised(), caseOpened(POLICE, YOUTH_WORK), caseClosed(), caseReopened())
               .when(shareInformation(INFORMATION, YOUTH_WORK))
               .expectEvents(informationShared(INFORMATION, YOUTH_WORK));
    }

    @Test
    void a_case_cannot_be_closed_without_a_reason() {
        assertThatNullPointerException().isThrownBy(() -> new CloseCase(CASE, CHAIR, null, NOTE, CaseFixtures.REPORT, null));
    }

    @Test
    void a_case_cannot_be_closed_without_a_closing_report() {
        assertThatNullPointerException().isThrownBy(() -> new CloseCase(CASE, CHAIR, ClosureReason.RISK_REDUCED, NOTE, null, null));
    }

    @Test
    void a_case_cannot_be_reopened_without_a_reason() {
        assertThatNullPointerException().isThrownBy(() -> new ReopenCase(CASE, CHAIR, null));
    }
}
