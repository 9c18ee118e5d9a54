package org.roundtable.core.cases;

import java.time.LocalDate;

/** The day of a review planned when the case closed has come, and the case is still closed: recorded once. */
public record PostClosureReviewDue(CaseId caseId, LocalDate dueOn) implements CaseEvent {
}
