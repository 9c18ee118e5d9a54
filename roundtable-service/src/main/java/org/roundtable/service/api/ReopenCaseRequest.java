package org.roundtable.service.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.roundtable.core.common.PersonalText;

/** Why a closed case is opened again. */
record ReopenCaseRequest(@NotBlank @Size(max = PersonalText.MAX_LENGTH) String reason) {
}
