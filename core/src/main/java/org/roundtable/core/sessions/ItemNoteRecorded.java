package org.roundtable.core.sessions;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.PersonalText;

/** What was said about an item on the agenda, as the chair noted it. */
public record ItemNoteRecorded(SessionId sessionId, AgendaItemId itemId, CaseId caseId, PersonalText note) implements SessionEvent {
}
