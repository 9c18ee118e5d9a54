package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/** The day an open action is now due (today or later), and why it moved. */
record ChangeDueDateRequest(@NotNull LocalDate dueDate, @NotNull PersonalText reason) {
}
