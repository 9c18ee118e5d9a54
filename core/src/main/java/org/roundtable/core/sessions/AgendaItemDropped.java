package org.roundtable.core.sessions;

import org.roundtable.core.cases.CaseId;

/** An item was taken off the agenda. */
public record AgendaItemDropped(SessionId sessionId, AgendaItemId itemId, CaseId caseId) implements SessionEvent {
}
