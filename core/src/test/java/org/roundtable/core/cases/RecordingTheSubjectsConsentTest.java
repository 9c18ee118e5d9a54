package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.roundtable.core.cases.CaseFixtures.CASE;
import static org.roundtable.core.cases.CaseFixtures.CHAIR;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.SCHOOL;
import static org.roundtable.core.cases.CaseFixtures.TODAY;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;
import static org.roundtable.core.cases.CaseFixtures.caseClosed;
import static org.roundtable.core.cases.CaseFixtures.caseFixture;
import static org.roundtable.core.cases.CaseFixtures.caseOpened;
import static org.roundtable.core.cases.CaseFixtures.concernDismissed;
import static org.roundtable.core.cases.CaseFixtures.concernRaised;
import static org.roundtable.core.cases.CaseFixtures.concernReferred;
import static org.roundtable.core.cases.CaseFixtures.representativeOf;
import static org.roundtable.core.common.Refusals.refusal;

/**
 * Whether the subject (or a parent or guardian) consented, and whether they were told of the case and if not
 * why, is recorded by the chair or a participating partner once the case was opened, with the day it happened.
 */
class RecordingTheSubjectsConsentTest {

    private static final PersonalText NOTE = PersonalText.of("the police will say when it can be told");

    private final AggregateTestFixture<Case> fixture = caseFixture();

    @Test
    void the_chair_records_that_a_parent_gave_consent_on_a_day() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectConsent(CASE, CHAIR, SubjectConsentDecision.GIVEN, ConsentHolder.PARENT, TODAY.minusDays(2)))
               .expectEvents(new SubjectConsentRecorded(CASE, SubjectConsentDecision.GIVEN, ConsentHolder.PARENT,
                       TODAY.minusDays(2)));
    }

    @Test
    void a_participating_partner_records_that_the_subject_withdrew_consent_today() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL),
                       new SubjectConsentRecorded(CASE, SubjectConsentDecision.GIVEN, ConsentHolder.SUBJECT, TODAY.minusDays(9)))
               .when(new RecordSubjectConsent(CASE, representativeOf(SCHOOL), SubjectConsentDecision.WITHDRAWN,
                       ConsentHolder.SUBJECT, TODAY))
               .expectEvents(new SubjectConsentRecorded(CASE, SubjectConsentDecision.WITHDRAWN, ConsentHolder.SUBJECT, TODAY));
    }

    @Test
    void a_consent_is_not_dated_in_the_future() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectConsent(CASE, CHAIR, SubjectConsentDecision.REFUSED, ConsentHolder.GUARDIAN,
                       TODAY.plusDays(1)))
               .expectException(refusal(InvalidValue.class, "invalid-input"))
               .expectExceptionMessage("a consent's date cannot be in the future")
               .expectNoEvents();
    }

    @Test
    void a_partner_outside_the_case_records_nothing_about_its_subject() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectConsent(CASE, representativeOf(YOUTH_WORK), SubjectConsentDecision.GIVEN,
                       ConsentHolder.SUBJECT, TODAY))
               .expectException(refusal(UnknownItem.class, "unknown-case"))
               .expectNoEvents();
        caseFixture().given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectNotInformed(CASE, representativeOf(YOUTH_WORK), NotInformedReason.OTHER, null))
               .expectException(refusal(UnknownItem.class, "unknown-case"))
               .expectNoEvents();
    }

    @Test
    void nothing_is_recorded_about_the_subject_before_the_case_was_opened() {
        fixture.given(concernRaised())
               .when(new RecordSubjectInformed(CASE, CHAIR, TODAY))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
        caseFixture().given(concernRaised(), concernReferred())
               .when(new RecordSubjectConsent(CASE, CHAIR, SubjectConsentDecision.GIVEN, ConsentHolder.SUBJECT, TODAY))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
        caseFixture().given(concernRaised(), concernDismissed())
               .when(new RecordSubjectNotInformed(CASE, CHAIR, NotInformedReason.NOT_YET_POSSIBLE, null))
               .expectException(refusal(RuleViolation.class, "case-not-open"))
               .expectNoEvents();
    }

    @Test
    void a_closed_case_still_records_a_withdrawn_consent() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL), caseClosed())
               .when(new RecordSubjectConsent(CASE, representativeOf(POLICE), SubjectConsentDecision.WITHDRAWN,
                       ConsentHolder.PARENT, TODAY))
               .expectEvents(new SubjectConsentRecorded(CASE, SubjectConsentDecision.WITHDRAWN, ConsentHolder.PARENT, TODAY));
    }

    @Test
    void a_participating_partner_records_the_day_the_subject_was_informed() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectInformed(CASE, representativeOf(POLICE), TODAY.minusDays(1)))
               .expectEvents(new SubjectInformed(CASE, TODAY.minusDays(1)));
    }

    @Test
    void the_subject_is_not_informed_in_the_future() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectInformed(CASE, CHAIR, TODAY.plusDays(3)))
               .expectException(refusal(InvalidValue.class, "invalid-input"))
               .expectNoEvents();
    }

    @Test
    void the_chair_records_why_the_subject_is_not_informed_with_a_note() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectNotInformed(CASE, CHAIR, NotInformedReason.ONGOING_INVESTIGATION, NOTE))
               .expectEvents(new SubjectNotInformed(CASE, NotInformedReason.ONGOING_INVESTIGATION, NOTE));
    }

    @Test
    void a_reason_for_not_informing_needs_no_note() {
        fixture.given(concernRaised(), caseOpened(POLICE, SCHOOL))
               .when(new RecordSubjectNotInformed(CASE, representativeOf(SCHOOL), NotInformedReason.RISK_TO_SUBJECT, null))
               .expectEvents(new SubjectNotInformed(CASE, NotInformedReason.RISK_TO_SUBJECT, null));
    }

    @Test
    void every_record_names_what_was_decided_by_whom_and_when() {
        assertThatNullPointerException().isThrownBy(() -> new RecordSubjectConsent(CASE, CHAIR, null, ConsentHolder.SUBJECT, TODAY));
        assertThatNullPointerException().isThrownBy(() -> new RecordSubjectConsent(CASE, CHAIR, SubjectConsentDecision.GIVEN, null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> new RecordSubjectConsent(CASE, CHAIR, SubjectConsentDecision.GIVEN,
                ConsentHolder.SUBJECT, null));
        assertThatNullPointerException().isThrownBy(() -> new RecordSubjectInformed(CASE, CHAIR, null));
        assertThatNullPointerException().isThrownBy(() -> new RecordSubjectNotInformed(CASE, CHAIR, null, NOTE));
    }
}
