package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The chair closes a session once it has begun: its minutes become final. */
public record CloseSession(@TargetAggregateIdentifier SessionId sessionId, Actor actor) implements SessionCommand {

    public CloseSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
    }
}
