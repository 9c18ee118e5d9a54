package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

import java.time.LocalDate;

/** The due date of an action still open passed: recorded once, the day after it, by the action's deadline. */
public record ActionBecameOverdue(CaseId caseId, ActionId actionId, PartnerId assignee, LocalDate dueDate)
        implements ActionEvent {
}
