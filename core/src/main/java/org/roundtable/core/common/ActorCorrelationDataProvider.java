package org.roundtable.core.common;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Records who caused every event: the acting person and partner of the command that led to it, as the
 * event's metadata ({@value #ACTOR_PERSON}, {@value #ACTOR_PARTNER}). The one place that sets them.
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    public static final String ACTOR_PERSON = "actorPerson";
    public static final String ACTOR_PARTNER = "actorPartner";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message.getPayload() instanceof ActorCommand command) {
            Actor actor = command.actor();
            return Map.of(ACTOR_PERSON, actor.person().value(), ACTOR_PARTNER, actor.partner().value());
        }
        return Map.of();
    }
}
