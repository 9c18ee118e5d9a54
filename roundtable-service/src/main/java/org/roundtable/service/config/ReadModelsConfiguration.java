package org.roundtable.service.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.roundtable.projections.ReadModel;
import org.roundtable.service.readmodels.CommandGate;
import org.roundtable.service.readmodels.DeadLetters;
import org.roundtable.service.readmodels.ReadModelFailures;
import org.roundtable.service.readmodels.ReadModelRebuild;
import org.roundtable.service.readmodels.ReadModelSavepoints;
import org.roundtable.service.readmodels.ReadModels;
import org.roundtable.service.readmodels.ReadModelsEndpoint;
import org.roundtable.service.readmodels.ReadModelsHealth;
import org.roundtable.service.readmodels.ReadModelsMetrics;
import org.roundtable.service.readmodels.TableReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * Runs every registered {@link ReadModel}: its projection's event handlers in a processing group of its own
 * name, with an inline read model on a subscribing processor (in the command's transaction) and a lagging
 * one on a pooled streaming processor; its query handlers on the query bus; a dead-letter queue in the
 * database for the events it fails on; a savepoint around each of its handlers. Nothing here names a read
 * model: adding one is adding its bean in {@link ProjectionsConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelsConfiguration {

    @Bean
    ReadModels readModels(List<ReadModel> readModels) {
        return new ReadModels(readModels);
    }

    @Bean
    ConfigurerModule readModelProcessing(ReadModels readModels, JdbcClient jdbc, DeadLetterSchema deadLetterSchema,
                                         ReadModelFailures failures) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (ReadModel model : readModels.all()) {
                Object projection = model.projection();
                List<Object> handlers = model.handlers();
                TableReset reset = new TableReset(jdbc, model.tables());
                handlers.forEach(handler -> processing.registerEventHandler(c -> handler));
                processing.registerEventHandler(c -> reset)
                        .assignHandlerInstancesMatching(model.name(),
                                handler -> handler == reset || handlers.stream().anyMatch(own -> own == handler))
                        .registerDeadLetterQueue(model.name(),
                                c -> ReadModels.presenceCheckedOncePerCommand(model.name(), deadLetterQueue(model.name(), c, deadLetterSchema), jdbc))
                        .registerDeadLetterPolicy(model.name(), c -> failures.policyFor(model.name()));
                if (model.consistency() == ReadModel.Consistency.INLINE) {
                    processing.registerSubscribingEventProcessor(model.name());
                } else {
                    processing.registerPooledStreamingEventProcessor(model.name(),
                            org.axonframework.config.Configuration::eventStore,
                            (c, builder) -> lagging(builder));
                }
                configurer.registerQueryHandler(c -> projection);
            }
        };
    }

    private static PooledStreamingEventProcessor.Builder lagging(PooledStreamingEventProcessor.Builder builder) {
        return builder.initialSegmentCount(4).maxClaimedSegments(4).batchSize(50);
    }

    private static JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(
            String readModel, org.axonframework.config.Configuration c, DeadLetterSchema schema) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(readModel)
                .connectionProvider(c.getComponent(ConnectionProvider.class))
                .transactionManager(c.getComponent(TransactionManager.class))
                .schema(schema)
                .genericSerializer(c.serializer())
                .eventSerializer(c.eventSerializer())
                .build();
    }

    /** Axon's dead-letter table under the snake_case names Flyway creates ({@code V6__dead_letters.sql}). */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ReadModelSavepoints readModelSavepoints(DataSource dataSource, ReadModels readModels) {
        return new ReadModelSavepoints(dataSource, readModels.projectionTypes());
    }

    @Bean
    ReadModelFailures readModelFailures(MeterRegistry meters) {
        return new ReadModelFailures(meters);
    }

    @Bean
    DeadLetters deadLetters(ReadModels readModels, EventProcessingConfiguration processing, Clock clock,
                            RoundtableProperties properties) {
        return new DeadLetters(readModels, processing, clock, properties.readModels().retryFirstDelay(),
                properties.readModels().retryMaxDelay());
    }

    @Bean
    CommandGate commandGate(RoundtableProperties properties) {
        return new CommandGate(properties.commands().lockTimeout());
    }

    @Bean
    ReadModelRebuild readModelRebuild(ReadModels readModels, EventProcessingConfiguration processing,
                                      EventStorageEngine storage, PlatformTransactionManager transactionManager,
                                      TransactionManager axonTransactions, JdbcClient jdbc, CommandGate gate,
                                      Environment environment) {
        return new ReadModelRebuild(readModels, processing, storage, new TransactionTemplate(transactionManager),
                axonTransactions, jdbc, gate, ConditionalOnPostgres.OnPostgres.isPostgres(environment));
    }

    @Bean
    ReadModelsHealth readModelsHealthIndicator(ReadModels readModels, DeadLetters deadLetters) {
        return new ReadModelsHealth(readModels, deadLetters);
    }

    @Bean
    ReadModelsMetrics readModelsMetrics(ReadModels readModels, DeadLetters deadLetters) {
        return new ReadModelsMetrics(readModels, deadLetters);
    }

    @Bean
    ReadModelsEndpoint readModelsEndpoint(ReadModels readModels, DeadLetters deadLetters, ReadModelRebuild rebuild) {
        return new ReadModelsEndpoint(readModels, deadLetters, rebuild);
    }

    @Bean
    DeadLetterRetry deadLetterRetry(DeadLetters deadLetters) {
        return new DeadLetterRetry(deadLetters);
    }

    /** Tries parked events again once their back-off has passed. */
    static class DeadLetterRetry {

        private final DeadLetters deadLetters;

        DeadLetterRetry(DeadLetters deadLetters) {
            this.deadLetters = deadLetters;
        }

        @Scheduled(fixedDelayString = "${roundtable.read-models.retry-check:5s}",
                initialDelayString = "${roundtable.read-models.retry-check:5s}")
        void retryDue() {
            deadLetters.retryDue();
        }
    }
}
