package org.roundtable.core.cases;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

/** The round table has heard a partner's concern about a subject; screening is next. */
public record ConcernRaised(CaseId caseId, CaseNumber caseNumber, Actor raisedBy, SubjectIdentity subject,
                            PersonalText summary, Urgency urgency, ConcernCategory category) implements CaseEvent {
}
