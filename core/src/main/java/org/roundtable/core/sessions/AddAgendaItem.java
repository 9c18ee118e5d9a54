package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The chair puts one more case on the agenda, with the purpose of discussing it. */
public record AddAgendaItem(@TargetAggregateIdentifier SessionId sessionId, Actor actor, AgendaEntry entry) implements SessionCommand {

    public AddAgendaItem {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entry, "entry");
    }
}
