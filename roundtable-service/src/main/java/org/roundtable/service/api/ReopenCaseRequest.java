package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** Why a closed case is opened again. */
record ReopenCaseRequest(@NotNull PersonalText reason) {
}
