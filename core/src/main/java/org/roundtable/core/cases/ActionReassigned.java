package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/**
 * The chair handed an action from one partner taking part to another, for a reason; the new assignee has still to
 * accept it.
 */
public record ActionReassigned(CaseId caseId, ActionId actionId, PartnerId previousAssignee,
                               PartnerId assignee, PersonalText reason) implements ActionEvent {
}
