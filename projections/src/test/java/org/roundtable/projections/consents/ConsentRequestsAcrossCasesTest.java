package org.roundtable.projections.consents;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.consents.ConsentStory.POLICE;
import static org.roundtable.projections.consents.ConsentStory.REFUSAL;
import static org.roundtable.projections.consents.ConsentStory.SCHOOL;
import static org.roundtable.projections.consents.ConsentsProjectionTest.CHAIR;
import static org.roundtable.projections.consents.ConsentsProjectionTest.COMPLIANCE;
import static org.roundtable.projections.consents.ConsentsProjectionTest.OUTSIDER;
import static org.roundtable.projections.consents.ConsentsProjectionTest.OWNER;
import static org.roundtable.projections.consents.ConsentsProjectionTest.OWNER_THAT_LEFT;
import static org.roundtable.projections.consents.ConsentsProjectionTest.PARTICIPANT;
import static org.roundtable.projections.consents.ConsentsProjectionTest.POLICY;
import static org.roundtable.projections.consents.ConsentsProjectionTest.RAISER_ONLY;

/**
 * The owners' consent requests across cases: an owner finds what waits for it in every case, each reader sees
 * a request exactly as on its case's consents, and a request never counts as an owner's for a reader who may not
 * know that owner.
 */
class ConsentRequestsAcrossCasesTest {

    private final JdbcClient jdbc = TestDatabase.migrated(ConsentRequestsAcrossCasesTest.class);
    private final ConsentsProjection projection = (ConsentsProjection) ConsentsProjection.readModel(jdbc).projection();
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);

    /** Both consents asked, neither decided yet. */
    private final ConsentStory waiting = new ConsentStory();
    /** The whole story: the RED item's consent refused, the AMBER_STRICT one granted. */
    private final ConsentStory decided = new ConsentStory();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void the_owner_finds_the_requests_waiting_for_it_in_every_case_and_only_those() throws Exception {
        twoCases();

        List<ConsentRequest> requests = projection.handle(FindConsentRequests.waitingFor(OWNER));

        assertThat(requests).extracting(ConsentRequest::caseId).containsOnly(waiting.caseId);
        assertThat(requests).extracting(request -> request.consent().informationId())
                .containsExactly(waiting.protectedRed, waiting.namedAmber);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.consent().status()).isEqualTo(ConsentStatus.PENDING);
            assertThat(request.consent().owner()).isEqualTo(POLICE);
            assertThat(request.consent().assignee()).isEqualTo(SCHOOL);
            assertThat(request.consent().actionId()).isEqualTo(waiting.action);
        });
    }

    @Test
    void a_partner_that_owns_nothing_asked_has_nothing_waiting() throws Exception {
        twoCases();

        assertThat(projection.handle(FindConsentRequests.waitingFor(PARTICIPANT))).isEmpty();
    }

    @Test
    void a_request_counts_as_an_owners_only_for_a_reader_who_may_know_that_owner() throws Exception {
        twoCases();

        // The school may not see the police's RED item, so it cannot learn that the police were asked about it.
        List<InformationId> items = projection.handle(new FindConsentRequests(PARTICIPANT, ConsentStatus.PENDING, POLICE))
                .stream().map(request -> request.consent().informationId()).toList();

        assertThat(items).containsExactly(waiting.namedAmber);
    }

    @Test
    void nobody_outside_a_case_nor_a_partner_that_left_sees_its_requests() throws Exception {
        twoCases();

        for (var reader : List.of(RAISER_ONLY, OUTSIDER, POLICY, OWNER_THAT_LEFT)) {
            assertThat(projection.handle(new FindConsentRequests(reader, null, null))).as(reader.person().value()).isEmpty();
        }
    }

    @Test
    void the_chair_sees_every_refusal_with_its_reason_and_a_reviewer_without_it() throws Exception {
        twoCases();

        List<ConsentRequest> refused = projection.handle(new FindConsentRequests(CHAIR, ConsentStatus.REFUSED, null));
        assertThat(refused).extracting(ConsentRequest::caseId).containsExactly(decided.caseId);
        assertThat(refused.get(0).consent().refusalReason()).isEqualTo(REFUSAL);

        List<ConsentRequest> reviewed = projection.handle(new FindConsentRequests(COMPLIANCE, ConsentStatus.REFUSED, null));
        assertThat(reviewed).hasSize(1);
        assertThat(reviewed.get(0).consent().refusalReason()).isNull();
    }

    @Test
    void each_request_is_what_the_cases_consents_show_the_same_reader() throws Exception {
        twoCases();

        for (var reader : List.of(CHAIR, OWNER, PARTICIPANT, COMPLIANCE)) {
            List<OwnerConsent> acrossCases = projection.handle(new FindConsentRequests(reader, null, null)).stream()
                    .filter(request -> request.caseId().equals(decided.caseId)).map(ConsentRequest::consent).toList();
            assertThat(acrossCases).as(reader.person().value())
                    .containsExactlyInAnyOrderElementsOf(projection.handle(new FindConsents(reader, decided.caseId)).orElseThrow().owners());
        }
    }

    @Test
    void applying_every_event_twice_gives_the_same_list() throws Exception {
        twoCases();
        List<ConsentRequest> once = projection.handle(new FindConsentRequests(CHAIR, null, null));

        twoCases();

        assertThat(projection.handle(new FindConsentRequests(CHAIR, null, null))).isEqualTo(once);
    }

    private void twoCases() throws Exception {
        deliver(List.of(waiting.raised(), waiting.opened(), waiting.redShared(), waiting.amberShared(), waiting.assigned(),
                waiting.redAsked(), waiting.amberAsked()));
        deliver(decided.all());
    }

    private void deliver(List<? extends Recorded<? extends CaseEvent>> events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                    .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner());
            handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                    recorded.sequence(), recorded.event(), metaData, recorded.eventIdentifier(), recorded.at()));
        }
    }
}
