package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** A partner tells the round table it is worried about someone. Starts a case, awaiting screening. */
public record RaiseConcern(@TargetAggregateIdentifier CaseId caseId, CaseNumber caseNumber, Actor actor,
                           SubjectIdentity subject, PersonalText summary, Urgency urgency,
                           ConcernCategory category) implements CaseCommand {

    public RaiseConcern {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(category, "category");
    }
}
