package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair calls a planned session off, and says why. */
public record CancelSession(@TargetAggregateIdentifier SessionId sessionId, Actor actor, PersonalText reason) implements SessionCommand {

    public CancelSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
