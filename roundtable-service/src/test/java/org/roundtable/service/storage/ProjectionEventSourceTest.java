package org.roundtable.service.storage;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models' event source: reads the store from a token on, and wakes its readers on every commit. */
@SpringBootTest
@ActiveProfiles("test")
class ProjectionEventSourceTest {

    @Autowired
    ProjectionEventSource source;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactionManager;

    @Test
    void a_stream_reads_every_event_from_its_token_onwards_in_order() throws InterruptedException {
        String aggregate = publishThree();

        try (TrackingEventStream stream = source.openStream(source.createTailToken())) {
            assertThat(sequencesOf(aggregate, stream)).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void a_stream_opened_at_the_head_sees_only_what_comes_after() throws InterruptedException {
        publishThree();
        try (TrackingEventStream stream = source.openStream(source.createHeadToken())) {
            assertThat(stream.hasNextAvailable()).isFalse();

            String later = publishThree();

            assertThat(sequencesOf(later, stream)).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void a_commit_calls_back_and_its_events_are_readable_at_once() throws InterruptedException {
        try (TrackingEventStream stream = source.openStream(source.createHeadToken())) {
            CountDownLatch calledBack = new CountDownLatch(1);
            assertThat(stream.setOnAvailableCallback(calledBack::countDown)).isTrue();

            publishThree();

            assertThat(calledBack.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.hasNextAvailable()).isTrue();
        }
    }

    @Test
    void a_reader_waiting_for_events_wakes_when_they_are_committed() throws Exception {
        try (TrackingEventStream stream = source.openStream(source.createHeadToken())) {
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stream.hasNextAvailable(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });

            publishThree();

            assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_rolled_back_publication_calls_no_one() throws InterruptedException {
        try (TrackingEventStream stream = source.openStream(source.createHeadToken())) {
            List<String> calls = new ArrayList<>();
            stream.setOnAvailableCallback(() -> calls.add("called"));

            DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
                eventStore.publish(event(UUID.randomUUID().toString(), 0));
                throw new IllegalStateException("the command fails after applying its event");
            }, e -> true);

            assertThat(calls).isEmpty();
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    private String publishThree() {
        String aggregate = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() ->
                eventStore.publish(event(aggregate, 0), event(aggregate, 1), event(aggregate, 2)));
        return aggregate;
    }

    private static List<Long> sequencesOf(String aggregate, TrackingEventStream stream) throws InterruptedException {
        List<Long> sequences = new ArrayList<>();
        while (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
            TrackedEventMessage<?> next = stream.nextAvailable();
            if (next instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                    && domain.getAggregateIdentifier().equals(aggregate)) {
                sequences.add(domain.getSequenceNumber());
                if (sequences.size() == 3) {
                    break;
                }
            }
        }
        return sequences;
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Check", aggregate, sequence, "payload");
    }
}
