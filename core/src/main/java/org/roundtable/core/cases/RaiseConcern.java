package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

/** A partner tells the round table it is worried about someone. Starts a case, awaiting screening. */
public record RaiseConcern(@TargetAggregateIdentifier CaseId caseId, CaseNumber caseNumber, Actor actor,
                           SubjectIdentity subject, PersonalText summary, Urgency urgency,
                           ConcernCategory category) implements CaseCommand {
}
