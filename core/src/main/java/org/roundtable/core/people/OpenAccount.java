package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An administrator opens an account for a person, under their user name, with the one partner they act for
 * and the roles they start with (none is allowed: roles can be granted later).
 */
public record OpenAccount(PersonId personId, PartnerId partner, String displayName,
                          Set<Role> roles, Actor actor) implements PersonCommand {

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public OpenAccount {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(actor, "actor");
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidValue("displayName",
                    "a person's display name is 1 to " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles == null ? Set.of() : roles));
    }

    /** The person this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Person.key(personId);
    }
}
