package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;

/** The password an administrator gives a person, in place of the one they had. */
record NewPasswordRequest(@NotNull String password) {
}
