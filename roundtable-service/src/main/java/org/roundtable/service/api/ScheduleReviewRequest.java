package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The day of an open case's next review: today or later. */
record ScheduleReviewRequest(@NotNull LocalDate dueOn) {
}
