package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

/** A partner takes part in the case from now on: it sees the case as every participant does. */
public record ParticipantAdded(CaseId caseId, PartnerId partner) implements ParticipationEvent {
}
