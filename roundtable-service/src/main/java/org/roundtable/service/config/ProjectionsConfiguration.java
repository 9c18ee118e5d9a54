package org.roundtable.service.config;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.roundtable.projections.audit.AuditTrailProjection;
import org.roundtable.projections.casedetail.CaseDetailProjection;
import org.roundtable.projections.caselist.CaseListProjection;
import org.roundtable.service.storage.ProjectionEventSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models. Each is an Axon event handler in its own processing group, run by a pooled streaming
 * processor configured in application.yml ({@code axon.eventhandling.processors.*}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

    /** What the read models' processors read (named as their {@code source} in application.yml). */
    @Bean
    ProjectionEventSource projectionEventSource(EventStorageEngine storageEngine, EventStore eventStore) {
        return new ProjectionEventSource(storageEngine, eventStore);
    }

    @Bean
    CaseListProjection caseListProjection(JdbcClient jdbc) {
        return new CaseListProjection(jdbc);
    }

    @Bean
    CaseDetailProjection caseDetailProjection(JdbcClient jdbc) {
        return new CaseDetailProjection(jdbc);
    }

    /** The audit trail shows each event's payload as the event store holds it: Axon's event serializer. */
    @Bean
    AuditTrailProjection auditTrailProjection(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        return new AuditTrailProjection(jdbc, serializer);
    }
}
