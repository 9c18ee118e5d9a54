package org.roundtable.projections.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.audit.AuditTrailProjection;
import org.roundtable.projections.casedetail.CaseDetailProjection;
import org.roundtable.projections.caselist.CaseListProjection;
import org.roundtable.projections.statistics.StatisticsProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * The read models of cases (list, detail, audit trail, statistics) on one database, driven the way the service
 * drives them: domain event messages through Axon's annotation adapters, queries through a query gateway.
 */
public final class AxonReadModels {

    private final JdbcClient jdbc;
    private final List<ReadModel> readModels;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final QueryGateway queries;

    public AxonReadModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.readModels = List.of(CaseListProjection.readModel(jdbc), CaseDetailProjection.readModel(jdbc),
                AuditTrailProjection.readModel(jdbc, Jackson3Serializer.builder().build()),
                StatisticsProjection.readModel(jdbc));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        readModels.forEach(model -> new AnnotationQueryHandlerAdapter<>(model.projection()).subscribe(queryBus));
        this.handlers = readModels.stream().flatMap(model -> model.handlers().stream())
                .map(AnnotationEventHandlerAdapter::new).toList();
        this.queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    public void deliver(List<? extends Recorded<? extends CaseEvent>> events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                handler.handle(message(recorded));
            }
        }
    }

    /** Empties every read model's tables, as a rebuild does. */
    public void empty() {
        readModels.forEach(model -> TestDatabase.empty(jdbc, model));
    }

    public QueryGateway queries() {
        return queries;
    }

    private static GenericDomainEventMessage<CaseEvent> message(Recorded<? extends CaseEvent> recorded) {
        MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner())
                .and(AuditTrailProjection.CORRELATION_ID, recorded.correlationId());
        return new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(), recorded.sequence(),
                recorded.event(), metaData, recorded.eventIdentifier(), recorded.at());
    }
}
