package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/** The chair moved an open action's due date, for a reason. */
public record ActionDueDateChanged(CaseId caseId, ActionId actionId, LocalDate dueDate, PersonalText reason)
        implements ActionEvent {
}
