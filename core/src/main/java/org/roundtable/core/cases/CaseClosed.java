package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** The round table's work on the case ended, for this reason; the note may be null. */
public record CaseClosed(CaseId caseId, ClosureReason reason, PersonalText note) implements CaseEvent {
}
