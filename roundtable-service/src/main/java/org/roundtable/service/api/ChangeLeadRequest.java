package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;

/** The partner, taking part in the case, that leads it from now on. */
record ChangeLeadRequest(@NotNull PartnerId lead) {
}
