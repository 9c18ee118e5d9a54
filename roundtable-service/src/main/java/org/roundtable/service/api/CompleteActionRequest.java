package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** What came of an action. */
record CompleteActionRequest(@NotNull PersonalText outcome) {
}
