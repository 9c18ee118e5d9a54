package org.roundtable.service.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.roundtable.core.Aggregates;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The domain's aggregates, the one clock everything reads "now" from, and what every event records of its
 * cause. Every aggregate in {@link Aggregates#ALL} is registered here the same way: cached between commands
 * and snapshotted as it grows, so that a case with a long history answers as fast as a new one.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /**
     * The aggregates live in core without Spring stereotypes. A cached aggregate is dropped whenever a
     * command on it fails (Axon evicts it on rollback); one that another instance changed meanwhile fails to
     * append and is loaded afresh ({@code Commands} retries such a command).
     */
    @Bean
    ConfigurerModule aggregates(Cache aggregateCache, RoundtableProperties properties) {
        int threshold = properties.aggregates().snapshotThreshold();
        return configurer -> Aggregates.ALL.forEach(kind -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(kind.type())
                        .configureCache(c -> aggregateCache)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), threshold))));
    }

    /** Aggregates kept between commands, until the garbage collector needs the memory. */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /**
     * Takes snapshots after the command that crossed the threshold has committed, on a thread of its own, so
     * that no command waits for one.
     */
    @Bean(destroyMethod = "")
    Snapshotter snapshotter(EventStore eventStore, TransactionManager transactionManager,
                            ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition,
                            org.axonframework.config.Configuration configuration) {
        List<AggregateFactory<?>> factories = Aggregates.ALL.stream()
                .<AggregateFactory<?>>map(kind -> new GenericAggregateFactory<>(kind.type()))
                .toList();
        return AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .aggregateFactories(factories)
                .repositoryProvider(configuration::repository)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(snapshotExecutor())
                .build();
    }

    private static ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "snapshotter");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Due dates, case numbers and event timestamps all read this clock (Axon's event clock too). It ticks in
     * whole milliseconds, the precision the event store keeps: a read model updated with the event as it was
     * published then holds the same time as one rebuilt from the stored event.
     */
    @Bean
    Clock clock(RoundtableProperties properties) {
        Clock clock = Clock.tick(Clock.system(properties.timeZone()), Duration.ofMillis(1));
        GenericEventMessage.clock = clock;
        return clock;
    }

    /** Who caused each event: the acting person and partner of the command behind it. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new ActorCorrelationDataProvider();
    }

    /** Which message caused each event (causation) and which request it belongs to (correlation). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
