package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;

import java.util.List;
import java.util.Objects;

/** The chair takes the agenda the round table proposed (or part of it), in the order given. */
public record AcceptProposedAgenda(@TargetAggregateIdentifier SessionId sessionId, Actor actor,
                                   List<AgendaEntry> entries) implements SessionCommand {

    public AcceptProposedAgenda {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (entries.isEmpty() || entries.size() > Session.MAX_ITEMS) {
            throw new InvalidValue("entries", "an agenda takes 1 to " + Session.MAX_ITEMS + " items at once");
        }
    }
}
