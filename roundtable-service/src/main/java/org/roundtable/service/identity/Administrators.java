package org.roundtable.service.identity;

import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;

/**
 * The administrator's role for what is not a command: reading the directory, and setting a person's password
 * or second factor, through the API and on the pages alike. Commands on partners and people have the same rule
 * checked in core.
 */
public final class Administrators {

    private Administrators() {
    }

    /** Refuses (403 {@code not-an-administrator}) unless the person asking holds {@link Role#ADMIN}. */
    public static void require() {
        if (!Members.current().roles().contains(Role.ADMIN)) {
            throw new NotAllowed("not-an-administrator", "only an administrator manages partners and people");
        }
    }
}
