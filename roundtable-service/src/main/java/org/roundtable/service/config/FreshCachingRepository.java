package org.roundtable.service.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps aggregates in memory between commands, and never trusts that memory: an aggregate taken from the
 * cache first reads the events stored after the version it holds (one indexed query, which usually finds
 * none) and applies them. So a case that another instance changed a moment ago is brought up to date before
 * any rule is checked against it, and a long case is not read back from its snapshot on every command.
 * (Axon's own caching repository trusts its cache, which is right only while one instance writes.)
 * Commands on one case take turns (Axon's lock in this instance, the aggregate lock across instances), so no
 * event can be appended between that read and this command's own append without the append failing.
 */
class FreshCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;

    FreshCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore eventStore) {
        super(builder.cache(cache).eventStore(eventStore));
        this.cache = cache;
        this.eventStore = eventStore;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean fromCache = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (fromCache && aggregate.version() != null) {
            DomainEventStream newer = eventStore.readEvents(aggregateIdentifier, aggregate.version() + 1);
            if (newer.hasNext()) {
                aggregate.initializeState(newer);
            }
        }
        return aggregate;
    }
}
