package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.Instant;
import java.util.Objects;

/** The chair plans a session: when it starts, where it meets, and who chairs it (the one who schedules it). */
public record ScheduleSession(@TargetAggregateIdentifier SessionId sessionId, Actor actor, Instant startsAt,
                              Venue venue) implements SessionCommand {

    public ScheduleSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(venue, "venue");
    }
}
