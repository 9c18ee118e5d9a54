package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/**
 * The round table reviewed the closed case on {@code reviewedOn}, answering the review after closing due on
 * {@code dueOn}; the note says what it found, the outcome whether the case gives cause for concern again.
 */
public record PostClosureReviewRecorded(CaseId caseId, LocalDate dueOn, PersonalText note,
                                        PostClosureReviewOutcome outcome, LocalDate reviewedOn) implements CaseEvent {
}
