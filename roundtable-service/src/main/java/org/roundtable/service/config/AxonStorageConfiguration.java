package org.roundtable.service.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's event store and token store on the relational database, with the table names Flyway creates
 * ({@code db/migration/V1__event_store.sql}). Axon's own JDBC auto-configuration supplies the connection
 * provider, token store and transaction manager from these beans.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorageConfiguration {

    /** PostgreSQL's and H2's SQLState for a unique-key violation: two writers appended the same sequence number. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Appends are JDBC batches: a duplicate (aggregate, sequence) arrives as a BatchUpdateException that
     * Axon's error-code resolver does not recognise. Resolving by SQLState turns it into Axon's
     * ConcurrencyException, which the API answers with 409.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          RoundtableProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // An index reserved by a transaction that commits later is a gap; a processor skips it
                // for good once the gap is older than this. Command transactions are short; this is generous.
                .gapTimeout((int) properties.eventStore().gapTimeout().toMillis())
                .build();
    }

    /**
     * The event store's JSON: stored values are read back through their unchecked stored form
     * ({@link StoredFormIntrospector}), and aggregates are snapshotted by their fields. Also, Axon 4.13.0's
     * Jackson 3 serializer cannot read back a stored ReplayToken (its default type validator refuses every
     * subtype of Object); every reset of a streaming processor writes one. Allow Axon's own types.
     */
    @Bean
    Jackson3SerializerCustomizer eventStoreJson() {
        return builder -> builder
                .annotationIntrospector(new StoredFormIntrospector())
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubTypeIsArray()
                        .allowIfSubType("org.axonframework.")
                        .build());
    }
}
