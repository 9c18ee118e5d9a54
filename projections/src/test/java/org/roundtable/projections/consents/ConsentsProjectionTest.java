package org.roundtable.projections.consents;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConsentHolder;
import org.roundtable.core.cases.ConsentRefused;
import org.roundtable.core.cases.NotInformedReason;
import org.roundtable.core.cases.SubjectConsentDecision;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.consents.ConsentStory.INFORMED;
import static org.roundtable.projections.consents.ConsentStory.NOTE;
import static org.roundtable.projections.consents.ConsentStory.PARENT_CONSENTED;
import static org.roundtable.projections.consents.ConsentStory.POLICE;
import static org.roundtable.projections.consents.ConsentStory.REFUSAL;
import static org.roundtable.projections.consents.ConsentStory.SCHOOL;
import static org.roundtable.projections.consents.ConsentStory.WITHDRAWN;

/**
 * The consents of a case, built from its events through Axon's handler adapter, and what each reader is shown:
 * nothing of a case whose file they may not see; within it, an item and its owner as far as the sharing rules
 * allow, a refusal's reason to the chair and the owner only, and the subject's consent and informing to all.
 */
class ConsentsProjectionTest {

    static final Reader CHAIR = reader("chair.anna", "city", Role.CHAIR);
    static final Reader OWNER = reader("officer.bram", "police", Role.PARTNER);
    static final Reader PARTICIPANT = reader("teacher.carla", "school", Role.PARTNER);
    static final Reader RAISER_ONLY = reader("nurse.ilse", "mental-health", Role.PARTNER);
    static final Reader OUTSIDER = reader("worker.youssef", "youth-work", Role.PARTNER);
    static final Reader COMPLIANCE = reader("reviewer.rita", "city", Role.COMPLIANCE);
    static final Reader POLICY = reader("manager.pieter", "city", Role.POLICY);
    static final Reader OWNER_THAT_LEFT = new Reader(PersonId.of("officer.bram"), POLICE, Set.of(Role.PARTNER), false);

    private final JdbcClient jdbc = TestDatabase.migrated(ConsentsProjectionTest.class);
    private final ReadModel readModel = ConsentsProjection.readModel(jdbc);
    private final ConsentsProjection projection = (ConsentsProjection) readModel.projection();
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
    private final ConsentStory story = new ConsentStory();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    /** Which parts of the police's refusal for its protected RED item a reader is shown. */
    record Sees(String who, Reader reader, boolean caseFile, boolean item, boolean owner, boolean reason) {
        @Override
        public String toString() {
            return who;
        }
    }

    static Stream<Sees> readers() {
        return Stream.of(
                new Sees("the chair", CHAIR, true, true, true, true),
                new Sees("the owner", OWNER, true, true, true, true),
                new Sees("a participant, the assignee", PARTICIPANT, true, false, false, false),
                new Sees("the partner that raised the concern only", RAISER_ONLY, false, false, false, false),
                new Sees("a partner outside the case", OUTSIDER, false, false, false, false),
                new Sees("a compliance reviewer", COMPLIANCE, true, true, false, false),
                new Sees("a policy member", POLICY, false, false, false, false),
                new Sees("the owner, after it left the round table", OWNER_THAT_LEFT, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void what_each_reader_sees_of_a_refused_consent_for_a_protected_red_item(Sees sees) throws Exception {
        deliver(story.all());

        Optional<CaseConsents> consents = find(sees.reader());

        assertThat(consents.isPresent()).isEqualTo(sees.caseFile());
        consents.ifPresent(found -> assertThat(found.owners().get(0)).isEqualTo(new OwnerConsent(story.action, SCHOOL,
                sees.item() ? story.protectedRed : null, sees.item() ? false : null, sees.owner() ? POLICE : null,
                ConsentStatus.REFUSED, story.time(5), story.time(7), sees.reason() ? REFUSAL : null)));
    }

    @Test
    void a_participant_sees_a_named_amber_items_consent_with_its_owner_and_that_it_was_withdrawn_since() throws Exception {
        deliver(story.all());

        assertThat(find(PARTICIPANT).orElseThrow().owners().get(1)).isEqualTo(new OwnerConsent(story.action, SCHOOL,
                story.namedAmber, true, POLICE, ConsentStatus.GRANTED, story.time(6), story.time(8), null));
    }

    @Test
    void a_consent_is_pending_until_the_owner_decides() throws Exception {
        deliver(List.of(story.raised(), story.opened(), story.redShared(), story.amberShared(), story.assigned(),
                story.redAsked()));

        assertThat(find(CHAIR).orElseThrow().owners()).singleElement().satisfies(consent -> {
            assertThat(consent.status()).isEqualTo(ConsentStatus.PENDING);
            assertThat(consent.decidedAt()).isNull();
            assertThat(consent.refusalReason()).isNull();
        });
    }

    @Test
    void the_subjects_consent_and_informing_are_shown_in_order_to_everyone_who_sees_the_case_file() throws Exception {
        deliver(story.all());

        for (Reader reader : List.of(CHAIR, PARTICIPANT, COMPLIANCE)) {
            CaseConsents consents = find(reader).orElseThrow();
            assertThat(consents.subjectConsent()).containsExactly(
                    new SubjectConsent(SubjectConsentDecision.GIVEN, ConsentHolder.PARENT, PARENT_CONSENTED, story.time(9),
                            PartnerId.of("city")),
                    new SubjectConsent(SubjectConsentDecision.WITHDRAWN, ConsentHolder.SUBJECT, WITHDRAWN, story.time(12),
                            SCHOOL));
            assertThat(consents.subjectInforming()).containsExactly(
                    new SubjectInforming(false, null, NotInformedReason.ONGOING_INVESTIGATION, NOTE, story.time(10), POLICE),
                    new SubjectInforming(true, INFORMED, null, null, story.time(11), SCHOOL));
        }
    }

    @Test
    void a_case_nobody_knows_has_no_consents() throws Exception {
        deliver(story.all());

        assertThat(projection.handle(new FindConsents(CHAIR, CaseId.random()))).isEmpty();
    }

    @Test
    void a_concern_not_yet_screened_shows_the_chair_no_consents_and_its_raiser_nothing() throws Exception {
        deliver(List.of(story.raised()));

        assertThat(find(CHAIR)).hasValue(new CaseConsents(story.caseId, List.of(), List.of(), List.of()));
        assertThat(find(RAISER_ONLY)).isEmpty();
    }

    @Test
    void an_erased_refusal_reason_shows_as_none() throws Exception {
        deliver(List.of(story.raised(), story.opened(), story.redShared(), story.assigned(), story.redAsked()));
        deliver(List.of(new Recorded<>(new ConsentRefused(story.caseId, story.action, story.protectedRed, POLICE,
                PersonalText.ERASED), 7, story.time(7), ConsentStory.OFFICER, "erased", "request-7")));

        assertThat(find(CHAIR).orElseThrow().owners().get(0).refusalReason()).isNull();
        assertThat(find(CHAIR).orElseThrow().owners().get(0).status()).isEqualTo(ConsentStatus.REFUSED);
    }

    @Test
    void applying_every_event_twice_gives_the_same_views() throws Exception {
        deliver(story.all());
        List<Optional<CaseConsents>> once = everyReadersView();

        deliver(story.all());

        assertThat(everyReadersView()).isEqualTo(once);
    }

    @Test
    void emptying_its_tables_empties_the_view_and_a_replay_rebuilds_it() throws Exception {
        deliver(story.all());
        List<Optional<CaseConsents>> before = everyReadersView();

        TestDatabase.empty(jdbc, readModel);
        assertThat(find(CHAIR)).isEmpty();

        deliver(story.all());
        assertThat(everyReadersView()).isEqualTo(before);
    }

    private List<Optional<CaseConsents>> everyReadersView() {
        return readers().map(sees -> find(sees.reader())).toList();
    }

    private Optional<CaseConsents> find(Reader reader) {
        return projection.handle(new FindConsents(reader, story.caseId));
    }

    /** Each event as a domain event message, the way the service delivers it, with who caused it. */
    private void deliver(List<? extends Recorded<? extends CaseEvent>> events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                    .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner());
            handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                    recorded.sequence(), recorded.event(), metaData, recorded.eventIdentifier(), recorded.at()));
        }
    }

    private static Reader reader(String person, String partner, Role role) {
        return new Reader(PersonId.of(person), PartnerId.of(partner), Set.of(role), true);
    }
}
