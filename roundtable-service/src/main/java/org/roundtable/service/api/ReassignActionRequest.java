package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/** The partner taking part in the case that takes an action over, and why. */
record ReassignActionRequest(@NotNull PartnerId assignee, @NotNull PersonalText reason) {
}
