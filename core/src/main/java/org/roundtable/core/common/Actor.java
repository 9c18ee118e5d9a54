package org.roundtable.core.common;

import java.util.Objects;

/** Who does something: a person, acting for the partner they belong to. */
public record Actor(PersonId person, PartnerId partner) {

    public Actor {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(partner, "partner");
    }

    /** An actor given for a command, each part checked. */
    public static Actor of(String person, String partner) {
        return new Actor(PersonId.of(person), PartnerId.of(partner));
    }
}
