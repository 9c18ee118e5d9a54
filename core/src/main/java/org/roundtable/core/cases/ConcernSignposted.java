package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/**
 * The concern was screened and handed to one partner of the round table to take up on its own; the partner that
 * raised it is told why in the feedback. The partner signposted to sees the concern, as a participant does.
 */
public record ConcernSignposted(CaseId caseId, PartnerId partner, PersonalText feedback) implements ParticipationEvent {
}
