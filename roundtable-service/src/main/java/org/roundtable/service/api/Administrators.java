package org.roundtable.service.api;

import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;
import org.roundtable.service.identity.Members;

/**
 * The administrator's role for what is not a command: reading the directory, and setting a person's password
 * or second factor. Commands on partners and people have the same rule checked in core.
 */
final class Administrators {

    private Administrators() {
    }

    /** Refuses (403 {@code not-an-administrator}) unless the person asking holds {@link Role#ADMIN}. */
    static void require() {
        if (!Members.current().roles().contains(Role.ADMIN)) {
            throw new NotAllowed("not-an-administrator", "only an administrator manages partners and people");
        }
    }
}
