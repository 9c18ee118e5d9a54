package org.roundtable.core.people;

import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

/** The person now holds this role. */
public record RoleGranted(PersonId personId, Role role) implements PersonEvent {
}
