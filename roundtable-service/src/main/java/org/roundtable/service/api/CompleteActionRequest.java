package org.roundtable.service.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.roundtable.core.common.PersonalText;

/** What came of an action. */
record CompleteActionRequest(@NotBlank @Size(max = PersonalText.MAX_LENGTH) String outcome) {
}
