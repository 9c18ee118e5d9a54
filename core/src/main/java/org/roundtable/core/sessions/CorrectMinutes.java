package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair corrects the final minutes of a closed session, about one item or the whole, and says why. */
public record CorrectMinutes(@TargetAggregateIdentifier SessionId sessionId, Actor actor,
                             @Nullable AgendaItemId itemId, PersonalText correction, PersonalText reason) implements SessionCommand {

    public CorrectMinutes {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(reason, "reason");
    }
}
