package org.roundtable.projections.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.ActorCorrelationDataProvider;

import java.util.List;

/** Delivers a case's recorded events to one projection as the service does: through Axon's annotation adapter. */
public final class Delivery {

    private final AnnotationEventHandlerAdapter handlers;

    public Delivery(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public void deliver(List<? extends Recorded<? extends CaseEvent>> events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                    .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner());
            handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                    recorded.sequence(), recorded.event(), metaData, recorded.eventIdentifier(), recorded.at()));
        }
    }
}
