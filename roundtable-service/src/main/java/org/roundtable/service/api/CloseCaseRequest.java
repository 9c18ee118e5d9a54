package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ExitCriteria;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * Why the round table ends its work on a case, with an optional note, and the closing report: the outcome, whether
 * the agreed exit criteria were met, and the days of any reviews after closing (at most four, each after today).
 */
record CloseCaseRequest(@NotNull ClosureReason reason, @Nullable PersonalText note, @NotNull PersonalText outcome,
                        @NotNull ExitCriteria exitCriteria,
                        @Nullable @Size(max = 4) List<@NotNull LocalDate> postClosureReviews) {

    List<LocalDate> reviews() {
        return postClosureReviews == null ? List.of() : postClosureReviews;
    }
}
