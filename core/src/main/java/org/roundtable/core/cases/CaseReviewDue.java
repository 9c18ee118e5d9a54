package org.roundtable.core.cases;

import java.time.LocalDate;

/** The day of an open case's review has come: recorded once, by the case's review deadline. */
public record CaseReviewDue(CaseId caseId, LocalDate dueOn) implements CaseEvent {
}
