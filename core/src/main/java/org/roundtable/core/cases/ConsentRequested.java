package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

/**
 * An action relies on information another partner owns: that owner is asked to consent before the action
 * can be completed. One event per relied-on item; none for the assignee's own items.
 */
public record ConsentRequested(CaseId caseId, ActionId actionId, InformationId informationId, PartnerId owner)
        implements InformationEvent {
}
