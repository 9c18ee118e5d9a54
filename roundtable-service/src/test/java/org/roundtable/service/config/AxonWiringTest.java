package org.roundtable.service.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guards the fixes that make Axon 4.13 work on Spring Boot 4 without JPA: events and tokens in the
 * database, real transactions, JSON serialization, conflicts reported as conflicts.
 */
@SpringBootTest
@ActiveProfiles("test")
class AxonWiringTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStore eventStore;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Test
    void events_and_tokens_live_in_the_database_under_spring_transactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
    }

    @Test
    void every_serializer_is_jackson_3() {
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(messageSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void a_stored_replay_token_reads_back() {
        String processor = "replay-check-" + UUID.randomUUID();
        TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(10, Set.of(7L)));
        transactionManager.executeInTransaction(() -> tokenStore.initializeTokenSegments(processor, 1, null));

        transactionManager.executeInTransaction(() -> {
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(replay, processor, 0);
        });
        TrackingToken readBack = transactionManager.fetchInTransaction(() -> tokenStore.fetchToken(processor, 0));

        assertThat(readBack).isEqualTo(replay);
    }

    @Test
    void two_appends_at_the_same_sequence_number_are_a_concurrency_conflict() {
        String aggregate = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() -> eventStore.publish(event(aggregate, 0), event(aggregate, 1)));

        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> eventStore.publish(event(aggregate, 1))))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void creating_the_same_aggregate_twice_is_a_conflict_too() {
        String aggregate = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() -> eventStore.publish(event(aggregate, 0)));

        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> eventStore.publish(event(aggregate, 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Check", aggregate, sequence, "payload");
    }
}
