package org.roundtable.service.config;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.Repository;

/**
 * Takes snapshots with the very aggregate factory the aggregate's repository loads it with, looked up when
 * the first snapshot is due: the aggregate's handlers and their parameters (the clock, ...) are then
 * inspected once, by Axon's configuration, not again while the Spring context is still being built.
 */
class RepositorySnapshotter extends AggregateSnapshotter {

    private final Configuration configuration;

    RepositorySnapshotter(Builder builder, Configuration configuration) {
        super(builder);
        this.configuration = configuration;
    }

    @Override
    protected AggregateFactory<?> getAggregateFactory(Class<?> aggregateType) {
        AggregateFactory<?> known = super.getAggregateFactory(aggregateType);
        if (known != null) {
            return known;
        }
        Repository<?> repository = configuration.repository(aggregateType);
        if (repository instanceof EventSourcingRepository<?> eventSourced) {
            registerAggregateFactory(eventSourced.getAggregateFactory());
            return eventSourced.getAggregateFactory();
        }
        return null;
    }
}
