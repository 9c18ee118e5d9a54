package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The chair takes an item off the agenda. */
public record DropAgendaItem(@TargetAggregateIdentifier SessionId sessionId, Actor actor, AgendaItemId itemId) implements SessionCommand {

    public DropAgendaItem {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(itemId, "itemId");
    }
}
