package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.PostClosureReviewOutcome;

import java.time.LocalDate;

/**
 * A review after closing that the chair recorded: the day it fell due, the day it was recorded, what the round table
 * found (null once erased), and whether the case gives cause for concern again.
 */
public record PostClosureReview(LocalDate dueOn, LocalDate reviewedOn, @Nullable String note,
                                PostClosureReviewOutcome outcome) {
}
