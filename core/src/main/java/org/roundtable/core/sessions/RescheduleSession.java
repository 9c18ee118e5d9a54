package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.Instant;
import java.util.Objects;

/** The chair moves a planned session to another time or place. */
public record RescheduleSession(@TargetAggregateIdentifier SessionId sessionId, Actor actor, Instant startsAt,
                                Venue venue) implements SessionCommand {

    public RescheduleSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(venue, "venue");
    }
}
