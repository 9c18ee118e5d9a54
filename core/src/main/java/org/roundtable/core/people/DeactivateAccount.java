package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonId;

import java.util.Objects;

/** An administrator closes a person's account for good: it takes no further command. */
public record DeactivateAccount(PersonId personId, Actor actor) implements PersonCommand {

    public DeactivateAccount {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(actor, "actor");
    }

    /** The person this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Person.key(personId);
    }
}
