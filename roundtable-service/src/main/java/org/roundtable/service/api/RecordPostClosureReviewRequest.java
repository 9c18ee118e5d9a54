package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.common.PersonalText;

/**
 * What the round table found when it reviewed a closed case after closing, and whether the case gives cause for
 * concern again ({@code CONCERN_AGAIN}: the chair reopens it with its own request) or not ({@code NO_FURTHER_CONCERN}).
 */
record RecordPostClosureReviewRequest(@NotNull PersonalText note, @NotNull PostClosureReviewOutcome outcome) {
}
