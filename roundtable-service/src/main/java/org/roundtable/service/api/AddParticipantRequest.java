package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;

/** The partner of the round table that takes part in the case from now on. */
record AddParticipantRequest(@NotNull PartnerId partner) {
}
