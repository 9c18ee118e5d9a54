package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who does something: a person, acting for the partner they belong to, with the roles they hold at that
 * moment. Events and views keep who acted (person and partner), never the roles: those are recorded by the
 * person's own events, and a stored actor reads back with none.
 */
public record Actor(PersonId person, PartnerId partner, @JsonIgnore Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(partner, "partner");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Who acted, as an event or a view keeps it: without roles. */
    public Actor(PersonId person, PartnerId partner) {
        this(person, partner, Set.of());
    }

    /** An actor given for a command, each part checked. */
    public static Actor of(String person, String partner, Role... roles) {
        return new Actor(PersonId.of(person), PartnerId.of(partner), Set.copyOf(java.util.Arrays.asList(roles)));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Refuses (403) unless the actor holds the role. */
    public void require(Role role, String code, String message) {
        if (!holds(role)) {
            throw new NotAllowed(code, message);
        }
    }
}
