package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.List;
import java.util.Objects;

/** The chair puts the agenda's items in a new order: every item on it, each once. */
public record ReorderAgenda(@TargetAggregateIdentifier SessionId sessionId, Actor actor,
                            List<AgendaItemId> order) implements SessionCommand {

    public ReorderAgenda {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        order = List.copyOf(Objects.requireNonNull(order, "order"));
    }
}
