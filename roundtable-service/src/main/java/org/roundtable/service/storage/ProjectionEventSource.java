package org.roundtable.service.storage;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event stream the read models' pooled processors read: straight from the storage engine, and woken
 * the moment this instance commits events. A pooled processor wakes on new events only if its stream
 * supports an availability callback; the embedded event store's streams do not, so without this source
 * every read model polls twice a second and a command waits on average a quarter to half a second for its
 * views. Events committed by other instances are picked up at the processors' token-claim interval.
 */
public class ProjectionEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine storage;
    private final Set<CommitFollowingStream> openStreams = ConcurrentHashMap.newKeySet();

    public ProjectionEventSource(EventStorageEngine storage, EventStore eventStore) {
        this.storage = storage;
        eventStore.subscribe(this::onPublished);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken token) {
        CommitFollowingStream stream = new CommitFollowingStream(storage, token, openStreams::remove);
        openStreams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /**
     * Called as events are published, once they are appended but before their transaction has committed.
     * The streams are woken once it has committed (the outermost database transaction if there is one,
     * else the unit of work), so that what they read then includes these events.
     */
    private void onPublished(List<?> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signalStreams();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> signalStreams());
        } else {
            signalStreams();
        }
    }

    private void signalStreams() {
        openStreams.forEach(CommitFollowingStream::eventsCommitted);
    }
}
