package org.roundtable.core.sessions;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;

/**
 * An action still open when the session closed comes back on the next agenda, for a reason; recorded just before
 * {@link SessionClosed}, once per action, against the item of its case.
 */
public record ActionCarriedForward(SessionId sessionId, AgendaItemId itemId, CaseId caseId, ActionId actionId,
                                   CarryForwardReason reason) implements SessionEvent {
}
