package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/**
 * The concern was screened and answered with advice to the partner that raised it; the round table does not take
 * it further: the concern is closed with the advice recorded.
 */
public record ConcernAdvised(CaseId caseId, PersonalText advice) implements CaseEvent {
}
