package org.roundtable.service.config;

import org.axonframework.serialization.Serializer;
import org.roundtable.projections.audit.AuditTrailProjection;
import org.roundtable.projections.casedetail.CaseDetailProjection;
import org.roundtable.projections.caselist.CaseListProjection;
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
