package org.roundtable.core.cases;

import java.time.LocalDate;

/** An open case's next review is due on this day: set when it opens or reopens, when reviewed, or by the chair. */
public record ReviewScheduled(CaseId caseId, LocalDate dueOn) implements CaseEvent {
}
