package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** Why a planned session is called off. */
record CancelSessionRequest(@NotNull PersonalText reason) {
}
