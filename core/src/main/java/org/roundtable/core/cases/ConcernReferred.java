package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** The concern is outside the round table's scope and was handed to the service that can help. */
public record ConcernReferred(CaseId caseId, String referredTo, PersonalText reason) implements CaseEvent {
}
