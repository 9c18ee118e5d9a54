package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/** The partner an action was assigned to declined it, for a reason; the chair may reassign or cancel it. */
public record ActionDeclined(CaseId caseId, ActionId actionId, PartnerId assignee, PersonalText reason)
        implements ActionEvent {
}
