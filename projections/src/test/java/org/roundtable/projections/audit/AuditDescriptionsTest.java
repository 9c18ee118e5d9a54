package org.roundtable.projections.audit;

import org.junit.jupiter.api.Test;
import org.roundtable.core.Aggregates;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConsentGranted;
import org.roundtable.core.cases.ConsentRefused;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.InformationEvent;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type of every aggregate has the sentence the audit trail shows for it, and no stray ones. */
class AuditDescriptionsTest {

    private static final PartnerId OWNER = PartnerId.of("mental-health");

    /** One event of every type about information, owned by {@link #OWNER}; a test below demands every type. */
    private static final List<InformationEvent> ABOUT_INFORMATION = List.of(
            new InformationShared(CaseId.random(), InformationId.random(), OWNER, PersonalText.of("seen at the station"),
                    SharingLevel.AMBER, true),
            new InformationWithdrawn(CaseId.random(), InformationId.random(), OWNER, PersonalText.of("no longer true")),
            new ConsentRequested(CaseId.random(), ActionId.random(), InformationId.random(), OWNER),
            new ConsentGranted(CaseId.random(), ActionId.random(), InformationId.random(), OWNER),
            new ConsentRefused(CaseId.random(), ActionId.random(), InformationId.random(), OWNER,
                    PersonalText.of("an investigation is under way")));

    @Test
    void every_event_type_has_an_audit_description() {
        assertThat(AuditDescriptions.describedTypes()).containsExactlyInAnyOrderElementsOf(Aggregates.eventTypes());
    }

    @Test
    void an_event_about_information_can_be_described_without_naming_its_owner() {
        for (InformationEvent event : ABOUT_INFORMATION) {
            assertThat(AuditDescriptions.describe(event)).as(event.getClass().getSimpleName()).contains(OWNER.value());
            assertThat(AuditDescriptions.describeWithoutSource(event)).as(event.getClass().getSimpleName())
                    .doesNotContain(OWNER.value())
                    .contains(AuditDescriptions.A_PARTNER);
        }
    }

    @Test
    void a_review_after_closing_is_described_by_its_days_and_outcome_never_its_note() {
        PostClosureReviewRecorded again = new PostClosureReviewRecorded(CaseId.random(), LocalDate.of(2026, 9, 2),
                PersonalText.of("threats in the class group again"), PostClosureReviewOutcome.CONCERN_AGAIN,
                LocalDate.of(2026, 9, 4));

        assertThat(AuditDescriptions.describe(again))
                .isEqualTo("Review after closing (due 2026-09-02) recorded on 2026-09-04: cause for concern again")
                .doesNotContain("threats");
    }

    @Test
    void every_type_of_event_about_information_is_among_the_examples() {
        assertThat(ABOUT_INFORMATION.stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Aggregates.eventTypes().stream()
                        .filter(InformationEvent.class::isAssignableFrom).toList());
    }
}
