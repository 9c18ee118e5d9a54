package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/** The assignee completed an action; the outcome says what came of it. */
public record ActionCompleted(CaseId caseId, ActionId actionId, PartnerId assignee, PersonalText outcome)
        implements ActionEvent {
}
