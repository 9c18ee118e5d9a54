package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** Why the chair calls an action off. */
record CancelActionRequest(@NotNull PersonalText reason) {
}
