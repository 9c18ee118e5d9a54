package org.roundtable.core.people;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.Role;

/** The rule every command on partners and people shares: only an administrator gives them. */
final class Administration {

    private Administration() {
    }

    /** Refuses (403 {@code not-an-administrator}) unless the actor holds {@link Role#ADMIN}. */
    static void requireAdministrator(Actor actor) {
        actor.require(Role.ADMIN, "not-an-administrator", "only an administrator manages partners and people");
    }
}
