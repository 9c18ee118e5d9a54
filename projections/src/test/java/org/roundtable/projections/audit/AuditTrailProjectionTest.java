package org.roundtable.projections.audit;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.SUBJECT;
import static org.roundtable.projections.testing.CaseStory.SUMMARY;

class AuditTrailProjectionTest {

    private final JdbcClient jdbc = TestDatabase.migrated(AuditTrailProjectionTest.class);
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final ReadModel readModel = AuditTrailProjection.readModel(jdbc, serializer);
    private final AuditTrailProjection projection = (AuditTrailProjection) readModel.projection();
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void every_event_of_a_case_is_listed_in_order_with_its_type() {
        applyInReverse(story.happyStory());

        assertThat(trail()).extracting(AuditEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(trail()).extracting(AuditEntry::eventType).containsExactly("ConcernRaised", "CaseOpened",
                "InformationShared", "InformationShared", "ActionAssigned", "InformationWithdrawn",
                "ActionCompleted", "CaseClosed", "CaseReopened");
    }

    @Test
    void each_event_is_described_for_a_person() {
        story.happyStory().forEach(this::apply);

        assertThat(trail()).extracting(AuditEntry::description).containsExactly(
                "Concern raised by police (urgency HIGH, category RADICALISATION)",
                "Case opened, led by police, with police, school",
                "Information shared by police at level AMBER",
                "Information shared by school at level GREEN",
                "Action assigned to school, due 2026-12-01",
                "Information withdrawn by police",
                "Action completed by school",
                "Case closed: RISK_REDUCED",
                "Case reopened");
    }

    @Test
    void referral_and_dismissal_are_described_for_a_person() {
        CaseStory dismissedCase = new CaseStory(CaseNumber.of("2026-0043"), story.start);
        apply(story.referred());
        apply(dismissedCase.dismissed());

        assertThat(trail().get(0).description()).isEqualTo("Concern referred to another service");
        assertThat(projection.handle(new FindAuditTrail(dismissedCase.caseId)).get(0).description())
                .isEqualTo("Concern dismissed");
    }

    @Test
    void descriptions_never_carry_the_subject_or_free_text() {
        story.happyStory().forEach(this::apply);

        assertThat(trail()).extracting(AuditEntry::description).allSatisfy(description -> assertThat(description)
                .doesNotContain(SUBJECT.givenName(), SUBJECT.familyName(), SUMMARY, "Back on track", "parents"));
    }

    @Test
    void an_entry_records_who_when_which_message_and_which_request() {
        Recorded<?> closed = story.closed();
        apply(closed);

        AuditEntry entry = trail().get(0);
        assertThat(entry.caseId()).isEqualTo(story.caseId);
        assertThat(entry.actorPerson()).isEqualTo(CHAIR.person());
        assertThat(entry.actorPartner()).isEqualTo(CHAIR.partner());
        assertThat(entry.occurredAt()).isEqualTo(story.time(7));
        assertThat(entry.eventIdentifier()).isEqualTo(closed.eventIdentifier());
        assertThat(entry.correlationId()).isEqualTo("request-7");
    }

    @Test
    void an_event_without_actor_or_request_is_still_recorded() {
        Recorded<?> raised = story.raised();
        projection.on(raised.event(), 0, raised.eventIdentifier(), raised.at(), null, null, null);

        assertThat(trail()).singleElement().satisfies(entry -> {
            assertThat(entry.actorPerson()).isNull();
            assertThat(entry.actorPartner()).isNull();
            assertThat(entry.correlationId()).isNull();
        });
    }

    @Test
    void the_payload_is_the_event_as_json() {
        Recorded<InformationShared> shared = story.policeShared();
        apply(shared);

        String payload = trail().get(0).payload();
        assertThat(payload).contains("\"informationId\":\"" + story.policeInformation + "\"",
                "\"owner\":\"police\"", "\"level\":\"AMBER\"", "\"sourceProtected\":false",
                "\"content\":\"Known contact with a recruiter.\"");
        Object readBack = serializer.deserialize(
                new SimpleSerializedObject<>(payload, String.class, InformationShared.class.getName(), null));
        assertThat(readBack).isEqualTo(shared.event());
    }

    @Test
    void applying_an_event_twice_records_it_once() {
        List<Recorded<? extends CaseEvent>> events = story.happyStory();
        events.forEach(this::apply);
        List<AuditEntry> once = trail();

        events.forEach(this::apply);

        assertThat(trail()).isEqualTo(once);
    }

    @Test
    void a_trail_holds_only_its_own_case() {
        CaseStory other = new CaseStory(CaseNumber.of("2026-0043"), Instant.parse("2026-04-01T10:00:00Z"));
        apply(story.raised());
        apply(other.raised());
        apply(other.dismissed());

        assertThat(trail()).extracting(AuditEntry::caseId).containsExactly(story.caseId);
    }

    @Test
    void emptying_its_tables_empties_the_trail_and_a_replay_rebuilds_it() {
        story.happyStory().forEach(this::apply);
        List<AuditEntry> before = trail();

        TestDatabase.empty(jdbc, readModel);
        assertThat(trail()).isEmpty();

        story.happyStory().forEach(this::apply);
        assertThat(trail()).isEqualTo(before);
    }

    private List<AuditEntry> trail() {
        return projection.handle(new FindAuditTrail(story.caseId));
    }

    private void applyInReverse(List<Recorded<? extends CaseEvent>> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            apply(events.get(i));
        }
    }

    private void apply(Recorded<? extends CaseEvent> recorded) {
        projection.on(recorded.event(), recorded.sequence(), recorded.eventIdentifier(), recorded.at(),
                recorded.person(), recorded.partner(), recorded.correlationId());
    }
}
