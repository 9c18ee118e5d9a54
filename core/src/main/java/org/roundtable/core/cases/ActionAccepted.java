package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

/** The partner an action was assigned to took it on. */
public record ActionAccepted(CaseId caseId, ActionId actionId, PartnerId assignee) implements ActionEvent {
}
