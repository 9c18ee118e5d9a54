package org.roundtable.service.config;

import org.axonframework.serialization.Serializer;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.audit.AuditTrailProjection;
import org.roundtable.projections.casedetail.CaseDetailProjection;
import org.roundtable.projections.caselist.CaseListProjection;
import org.roundtable.projections.consents.ConsentsProjection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.roundtable.projections.directory.DirectoryProjection;
import org.roundtable.projections.reciprocity.ReciprocityProjection;
import org.roundtable.projections.sessions.SessionsProjection;
import org.roundtable.projections.statistics.StatisticsProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models, one bean each. A read model is registered here and nowhere else:
 * {@link ReadModelsConfiguration} gives each its processor, dead-letter queue and query handlers, and the
 * rebuild, health and table-ownership tests walk every {@link ReadModel} bean.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionsConfiguration {

    @Bean
    ReadModel directory(JdbcClient jdbc) {
        return DirectoryProjection.readModel(jdbc);
    }

    @Bean
    ReadModel caseList(JdbcClient jdbc) {
        return CaseListProjection.readModel(jdbc);
    }

    @Bean
    ReadModel caseDetail(JdbcClient jdbc) {
        return CaseDetailProjection.readModel(jdbc);
    }

    /** The audit trail shows each event's payload as the event store holds it: Axon's event serializer. */
    @Bean
    ReadModel auditTrail(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        return AuditTrailProjection.readModel(jdbc, serializer);
    }

    /** What each partner gave and took on, brought up to date soon after each command (lagging). */
    @Bean
    ReadModel reciprocity(JdbcClient jdbc) {
        return ReciprocityProjection.readModel(jdbc);
    }

    /** The round table's statistics, brought up to date soon after each command (lagging). */
    @Bean
    ReadModel statistics(JdbcClient jdbc) {
        return StatisticsProjection.readModel(jdbc);
    }

    /** The consents of each case: to act on information, and the subject's. */
    @Bean
    ReadModel consents(JdbcClient jdbc) {
        return ConsentsProjection.readModel(jdbc);
    }

    /** The sessions: agenda, attendance, notes and corrections, and what sessions need to know of each case. */
    @Bean
    ReadModel sessions(JdbcClient jdbc) {
        return SessionsProjection.readModel(jdbc);
    }
}
