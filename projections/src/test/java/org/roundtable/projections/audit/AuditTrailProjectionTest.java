package org.roundtable.projections.audit;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.SUBJECT;
import static org.roundtable.projections.testing.CaseStory.SUMMARY;
import static org.roundtable.projections.testing.CaseStory.TEACHER;

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
        assertThat(projection.handle(new FindAuditTrail(Readers.CHAIR, dismissedCase.caseId)).get(0).description())
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
    void an_event_decided_at_a_session_names_the_session_and_the_item() {
        Recorded<?> raised = story.raised();
        DecidedIn decided = new DecidedIn(SessionId.random(), AgendaItemId.random());
        projection.on(raised.event(), 0, raised.eventIdentifier(), raised.at(), null, null, null,
                decided.sessionId().toString(), decided.itemId().toString());

        assertThat(trail()).singleElement().satisfies(entry -> {
            assertThat(entry.decidedInSession()).isEqualTo(decided.sessionId());
            assertThat(entry.decidedAtItem()).isEqualTo(decided.itemId());
        });
    }

    @Test
    void an_event_without_actor_or_request_is_still_recorded() {
        Recorded<?> raised = story.raised();
        projection.on(raised.event(), 0, raised.eventIdentifier(), raised.at(), null, null, null, null, null);

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

    @Test
    void a_compliance_reviewer_reads_the_events_of_a_protected_item_without_its_source() {
        apply(story.raised());
        apply(story.opened());
        apply(story.schoolShared());
        apply(new Recorded<>(new InformationWithdrawn(story.caseId, story.schoolInformation, SCHOOL,
                PersonalText.of("Not needed any more.")), 4, story.time(4), TEACHER, "event-4", "request-4"));

        List<AuditEntry> reviewed = projection.handle(new FindAuditTrail(Readers.REVIEWER, story.caseId));
        for (AuditEntry entry : reviewed.subList(2, 4)) {
            assertThat(entry.sourceHidden()).isTrue();
            assertThat(entry.actorPerson()).isNull();
            assertThat(entry.actorPartner()).isNull();
            assertThat(entry.description()).contains("a partner").doesNotContain("school");
            assertThat(entry.payload()).contains("\"a partner\"").doesNotContain("school").doesNotContain("carla");
        }
        assertThat(reviewed.get(2).description()).isEqualTo("Information shared by a partner at level GREEN");
        assertThat(reviewed.get(1).sourceHidden()).isFalse();
    }

    @Test
    void the_chair_reads_the_events_of_a_protected_item_with_its_source() {
        apply(story.raised());
        apply(story.opened());
        apply(story.schoolShared());

        AuditEntry shared = trail().get(2);
        assertThat(shared.sourceHidden()).isFalse();
        assertThat(shared.description()).isEqualTo("Information shared by school at level GREEN");
        assertThat(shared.actorPerson()).isEqualTo(TEACHER.person());
        assertThat(shared.payload()).contains("\"school\"");
    }

    @Test
    void partners_and_policy_members_read_no_audit_trail() {
        apply(story.raised());

        for (Reader reader : List.of(Readers.OFFICER, Readers.POLICY)) {
            assertThatThrownBy(() -> projection.handle(new FindAuditTrail(reader, story.caseId)))
                    .isInstanceOfSatisfying(NotAllowed.class, refusal -> assertThat(refusal.code()).isEqualTo("not-a-reviewer"));
        }
    }

    private List<AuditEntry> trail() {
        return projection.handle(new FindAuditTrail(Readers.CHAIR, story.caseId));
    }

    private void applyInReverse(List<Recorded<? extends CaseEvent>> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            apply(events.get(i));
        }
    }

    private void apply(Recorded<? extends CaseEvent> recorded) {
        projection.on(recorded.event(), recorded.sequence(), recorded.eventIdentifier(), recorded.at(),
                recorded.person(), recorded.partner(), recorded.correlationId(), null, null);
    }
}
