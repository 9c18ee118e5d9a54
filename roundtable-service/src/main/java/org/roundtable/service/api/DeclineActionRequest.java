package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** Why the partner declines an action. */
record DeclineActionRequest(@NotNull PersonalText reason) {
}
