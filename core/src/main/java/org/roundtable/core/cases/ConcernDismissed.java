package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** The concern was screened and needs no further action. */
public record ConcernDismissed(CaseId caseId, PersonalText reason) implements CaseEvent {
}
