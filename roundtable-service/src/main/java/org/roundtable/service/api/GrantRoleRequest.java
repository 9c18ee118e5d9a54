package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.Role;

/** The role a person is to hold from now on. */
record GrantRoleRequest(@NotNull Role role) {
}
