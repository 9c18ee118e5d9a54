package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.common.PersonalText;

/** Why the round table ends its work on a case, with an optional note. */
record CloseCaseRequest(@NotNull ClosureReason reason, @Nullable PersonalText note) {
}
