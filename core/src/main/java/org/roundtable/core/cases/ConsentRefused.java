package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/** The owner of a piece of information refused that an action rely on it, and said why; the action cannot be completed. */
public record ConsentRefused(CaseId caseId, ActionId actionId, InformationId informationId, PartnerId owner,
                             PersonalText reason) implements InformationEvent {
}
