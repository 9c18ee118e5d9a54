package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** A closed case is open again, with the same participants and lead, for this reason. */
public record CaseReopened(CaseId caseId, PersonalText reason) implements CaseEvent {
}
