package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/**
 * What the round table found when it reviewed an open case today, and optionally the day of the next review (after
 * today); without it, the next review falls due after the round table's review interval.
 */
record RecordReviewRequest(@NotNull PersonalText note, @Nullable LocalDate nextReviewOn) {
}
