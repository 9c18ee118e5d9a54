package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.List;
import java.util.Objects;

/**
 * The chair closes a session once it has begun: its minutes become final. Every action still open in a case on
 * the agenda is carried forward to the next agenda, each named once with the reason it comes back.
 */
public record CloseSession(@TargetAggregateIdentifier SessionId sessionId, Actor actor,
                           List<CarriedForward> carriedForward) implements SessionCommand {

    public CloseSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        carriedForward = List.copyOf(Objects.requireNonNull(carriedForward, "carriedForward"));
    }

    /** Closing a session with no action to carry forward. */
    public CloseSession(SessionId sessionId, Actor actor) {
        this(sessionId, actor, List.of());
    }
}
