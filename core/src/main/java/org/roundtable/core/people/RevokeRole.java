package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Objects;

/** An administrator takes a role away from a person who holds it. */
public record RevokeRole(PersonId personId, Role role, Actor actor)
        implements PersonCommand {

    public RevokeRole {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
    }

    /** The person this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Person.key(personId);
    }
}
