package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.common.PersonalText;

/** Why the round table ends its work on a case, with an optional note. */
record CloseCaseRequest(@NotNull ClosureReason reason, @Size(max = PersonalText.MAX_LENGTH) String note) {
}
