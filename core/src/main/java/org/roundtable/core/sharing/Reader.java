package org.roundtable.core.sharing;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is reading: a person, the partner they act for, the roles they hold now, and whether that partner
 * still takes part in the round table (a partner that has left sees nothing new).
 */
public record Reader(PersonId person, PartnerId partner, Set<Role> roles, boolean partnerActive) {

    public Reader {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(partner, "partner");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
