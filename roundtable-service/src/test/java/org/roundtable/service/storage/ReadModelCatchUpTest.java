package org.roundtable.service.storage;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseId;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/** A command's answer waits until every read model has handled its events, and no longer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadModelCatchUpTest {

    @LocalServerPort
    int port;
    @Autowired
    ReadModelCatchUp catchUp;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("serializer")
    Serializer serializer;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void an_event_is_handled_once_the_token_is_past_it_and_it_is_no_gap() {
        assertThat(ReadModelCatchUp.hasProcessed(GapAwareTrackingToken.newInstance(9, Set.of()), 9)).isTrue();
        assertThat(ReadModelCatchUp.hasProcessed(GapAwareTrackingToken.newInstance(12, Set.of(4L)), 9)).isTrue();
        assertThat(ReadModelCatchUp.hasProcessed(GapAwareTrackingToken.newInstance(12, Set.of(9L)), 9)).isFalse();
        assertThat(ReadModelCatchUp.hasProcessed(GapAwareTrackingToken.newInstance(8, Set.of()), 9)).isFalse();
        assertThat(ReadModelCatchUp.hasProcessed(null, 9)).isFalse();
    }

    @Test
    void during_a_replay_what_counts_is_how_far_the_replay_has_come() {
        GapAwareTrackingToken head = GapAwareTrackingToken.newInstance(100, Set.of());
        assertThat(ReadModelCatchUp.hasProcessed(
                ReplayToken.createReplayToken(head, GapAwareTrackingToken.newInstance(5, Set.of())), 9)).isFalse();
        assertThat(ReadModelCatchUp.hasProcessed(
                ReplayToken.createReplayToken(head, GapAwareTrackingToken.newInstance(50, Set.of())), 9)).isTrue();
    }

    /**
     * A liveness check, not a speed target: a processor stores its position only when it handles an
     * event (or every five seconds otherwise), so every read model must handle every case event.
     */
    @Test
    void every_read_model_records_events_it_does_not_show() {
        Api api = new Api(port);
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school"));
        ReadModelCatchUp impatient = new ReadModelCatchUp(jdbc, serializer, processing, new RoundtableProperties(
                ZoneId.of("Europe/Brussels"), false, new RoundtableProperties.EventStore(Duration.ofMinutes(2)),
                new RoundtableProperties.ReadYourWrites(Duration.ofSeconds(3))));

        api.post("/api/cases/" + caseId + "/information", "sofie", "school", information("AMBER"));

        assertThat(impatient.awaitCase(CaseId.of(caseId))).isTrue();
    }

    @Test
    void a_gap_left_by_a_rolled_back_append_does_not_hold_up_later_commands() {
        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> {
            eventStore.publish(new GenericDomainEventMessage<>("Check", UUID.randomUUID().toString(), 0, "payload"));
            throw new IllegalStateException("rolled back after the append");
        })).isInstanceOf(IllegalStateException.class);

        String caseId = new Api(port).post("/api/cases", "anna", "police", concern()).text("caseId");

        assertThat(catchUp.awaitCase(CaseId.of(caseId))).isTrue();
    }
}
