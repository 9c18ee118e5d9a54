package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** How an action is going. */
record ActionProgressRequest(@NotNull PersonalText note) {
}
