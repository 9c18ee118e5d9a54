package org.roundtable.service.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.roundtable.core.Aggregates;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.OpenActions;
import org.roundtable.projections.sessions.OpenCaseActions;
import org.roundtable.service.storage.CommandTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The domain's aggregates, the one clock everything reads "now" from, and what every event records of its
 * cause. Every aggregate in {@link Aggregates#ALL} is registered here the same way: snapshotted as it grows,
 * so that a case with a long history loads about as fast as a new one.
 */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /**
     * The aggregates live in core without Spring stereotypes. Each is kept in memory between commands, but
     * brought up to date from the event store before every command ({@link FreshCachingRepository}): another
     * instance may have changed it a moment ago, and a rule checked against an old state would answer
     * wrongly. One not in memory is loaded from its latest snapshot and the events after it.
     */
    @Bean
    ConfigurerModule aggregates(RoundtableProperties properties, CommandTargets targets) {
        return configurer -> Aggregates.ALL.forEach(kind ->
                configurer.configureAggregate(aggregate(kind.type(), properties.aggregates(), targets)));
    }

    private static <T> AggregateConfigurer<T> aggregate(Class<T> type, RoundtableProperties.Aggregates settings,
                                                        CommandTargets targets) {
        return AggregateConfigurer.defaultConfiguration(type)
                .configureCommandTargetResolver(c -> targets)
                .configureRepository(c -> {
                    AggregateModel<T> model = new AnnotatedAggregateMetaModelFactory(c.parameterResolverFactory(),
                            c.handlerDefinition(type)).createModel(type);
                    return new FreshCachingRepository<>(EventSourcingRepository.builder(type)
                            .aggregateModel(model)
                            .aggregateFactory(new GenericAggregateFactory<>(model))
                            .snapshotTriggerDefinition(
                                    new EventCountSnapshotTriggerDefinition(c.snapshotter(), settings.snapshotThreshold()))
                            .repositoryProvider(c::repository)
                            .spanFactory(c.getComponent(RepositorySpanFactory.class)),
                            settings.cache() ? new WeakReferenceCache() : NoCache.INSTANCE, c.eventStore());
                });
    }

    /**
     * Takes snapshots after the command that crossed the threshold has committed, on a thread of its own, so
     * that no command waits for one.
     */
    @Bean(destroyMethod = "")
    Snapshotter snapshotter(EventStore eventStore, TransactionManager transactionManager,
                            ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition,
                            org.axonframework.config.Configuration configuration) {
        AggregateSnapshotter.Builder builder = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(snapshotExecutor());
        return new RepositorySnapshotter(builder, configuration);
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

    /**
     * A closing session asks which actions of a case are still open: the sessions read model answers, from the
     * case events committed before the command.
     */
    @Bean
    OpenActions openActions(JdbcClient jdbc) {
        return new OpenCaseActions(jdbc);
    }

    /** Who caused each event: the acting person and partner of the command behind it. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new ActorCorrelationDataProvider();
    }

    /** At which session's table, and at which item, a decision on a case was taken: copied onto its events. */
    @Bean
    CorrelationDataProvider decidedIn() {
        return DecidedIn.correlation();
    }

    /** Which message caused each event (causation) and which request it belongs to (correlation). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
