package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** The subject is not told that the round table deals with them, for a reason; the note may be null. */
public record SubjectNotInformed(CaseId caseId, NotInformedReason reason, PersonalText note) implements CaseEvent {
}
