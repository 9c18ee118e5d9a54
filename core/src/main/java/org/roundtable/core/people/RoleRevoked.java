package org.roundtable.core.people;

import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

/** The person no longer holds this role. */
public record RoleRevoked(PersonId personId, Role role) implements PersonEvent {
}
