package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/** The partner's representative at the table who agreed to the session's confidentiality statement. */
record ConfidentialityRequest(@NotNull PartnerId partner, @NotNull PersonId person) {
}
