package org.roundtable.core.sessions;

import org.roundtable.core.cases.CaseId;

/** A case was put on the agenda, for a purpose, with the minutes the run-sheet suggests; last in order. */
public record AgendaItemAdded(SessionId sessionId, AgendaItemId itemId, CaseId caseId, AgendaPurpose purpose,
                              int minutes) implements SessionEvent {
}
