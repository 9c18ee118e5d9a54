package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** Why the partner no longer takes part in the case. */
record RemoveParticipantRequest(@NotNull PersonalText reason) {
}
