package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/**
 * A partner no longer takes part in the case, for a reason: from now on it sees the case no more than any
 * partner that takes no part (or, if it raised the concern, as the raiser). The information it shared stays in
 * the case, still its own.
 */
public record ParticipantRemoved(CaseId caseId, PartnerId partner, PersonalText reason) implements ParticipationEvent {
}
