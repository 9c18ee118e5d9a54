package org.roundtable.service.identity;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Set;

/** An authenticated person: who they are, the partner they belong to, and the roles they hold now. */
public record Member(PersonId person, PartnerId partner, Set<Role> roles) {

    public Member {
        roles = Set.copyOf(roles);
    }

    /** The actor of the commands this person gives. */
    public Actor actor() {
        return new Actor(person, partner, roles);
    }
}
