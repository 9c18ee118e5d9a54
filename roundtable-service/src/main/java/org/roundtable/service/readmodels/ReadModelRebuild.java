package org.roundtable.service.readmodels;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.roundtable.projections.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rebuilds a read model from zero out of the event store.
 * <ul>
 *     <li>An inline read model is rebuilt in one transaction with commands held back: on this instance by
 *     the {@link CommandGate}, on every instance by a lock on the event table (PostgreSQL). Its tables are
 *     emptied, its dead letters dropped, and every event is replayed through its handlers. Readers see the
 *     old rows until the new ones commit.</li>
 *     <li>A lagging read model's streaming processor is reset, which empties its tables, and replays in the
 *     background.</li>
 * </ul>
 */
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final int BATCH = 100;

    private final ReadModels readModels;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final TransactionTemplate transactions;
    private final TransactionManager axonTransactions;
    private final JdbcClient jdbc;
    private final CommandGate gate;
    private final boolean postgres;

    public ReadModelRebuild(ReadModels readModels, EventProcessingConfiguration processing, EventStorageEngine storage,
                            TransactionTemplate transactions, TransactionManager axonTransactions, JdbcClient jdbc,
                            CommandGate gate, boolean postgres) {
        this.readModels = readModels;
        this.processing = processing;
        this.storage = storage;
        this.transactions = transactions;
        this.axonTransactions = axonTransactions;
        this.jdbc = jdbc;
        this.gate = gate;
        this.postgres = postgres;
    }

    /** Rebuilds the named read model; answers how many events an inline rebuild replayed (-1 for a lagging one). */
    public long rebuild(String name) {
        ReadModel model = readModels.named(name);
        if (model.consistency() == ReadModel.Consistency.LAGGING) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            deadLetters(name).ifPresent(queue -> transactions.executeWithoutResult(status -> queue.clear()));
            processor.resetTokens();
            processor.start();
            log.info("Read model {} reset; its processor replays the event store in the background", name);
            return -1;
        }
        long started = System.nanoTime();
        long replayed = gate.closedFor(() -> transactions.execute(status -> replayInline(model)));
        log.info("Read model {} rebuilt from {} events in {} ms", name, replayed, (System.nanoTime() - started) / 1_000_000);
        return replayed;
    }

    private long replayInline(ReadModel model) {
        if (postgres) {
            // Every instance's appends wait (and time out with 503) until this transaction ends.
            jdbc.sql("set local lock_timeout = '60s'").update();
            jdbc.sql("lock table domain_event_entry in exclusive mode").update();
        }
        deadLetters(model.name()).ifPresent(SequencedDeadLetterQueue::clear);
        new TableReset(jdbc, model.tables()).emptyTables();
        EventHandlerInvoker invoker = processing.eventProcessor(model.name(), AbstractEventProcessor.class)
                .orElseThrow()
                .eventHandlerInvoker();
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<EventMessage<?>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    handle(invoker, batch);
                    replayed += batch.size();
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        return replayed;
    }

    private void handle(EventHandlerInvoker invoker, List<EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.execute(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                try {
                    invoker.handle(event, Segment.ROOT_SEGMENT);
                } catch (Exception e) {
                    throw new IllegalStateException("replaying event " + event.getIdentifier() + " failed", e);
                }
            }
        });
    }

    private java.util.Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetters(String name) {
        return processing.deadLetterQueue(name);
    }
}
