package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Set;

/** A new account: the user name, the one partner the person acts for, their name, first roles and first password. */
record OpenAccountRequest(@NotNull PersonId username,
                          @NotNull PartnerId partner,
                          @NotNull String displayName,
                          @NotNull Set<@NotNull Role> roles,
                          @NotNull String password) {
}
