package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair notes what was said about an item on the agenda. */
public record RecordItemNote(@TargetAggregateIdentifier SessionId sessionId, Actor actor, AgendaItemId itemId,
                             PersonalText note) implements SessionCommand {

    public RecordItemNote {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(note, "note");
    }
}
