package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

/** The owner of a piece of information agreed that an action may rely on it. */
public record ConsentGranted(CaseId caseId, ActionId actionId, InformationId informationId, PartnerId owner)
        implements InformationEvent {
}
