package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/**
 * A partner tells the round table it is worried about someone. Starts a case, awaiting screening. When the same
 * subject's earlier case closed less than twelve months ago, the service names it in {@code repeatOf}.
 */
public record RaiseConcern(@TargetAggregateIdentifier CaseId caseId, CaseNumber caseNumber, Actor actor,
                           SubjectIdentity subject, PersonalText summary, Urgency urgency,
                           ConcernCategory category, @Nullable RepeatOf repeatOf) implements CaseCommand {

    /** A concern that repeats no earlier case. */
    public RaiseConcern(CaseId caseId, CaseNumber caseNumber, Actor actor, SubjectIdentity subject,
                        PersonalText summary, Urgency urgency, ConcernCategory category) {
        this(caseId, caseNumber, actor, subject, summary, urgency, category, null);
    }

    @JsonCreator
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
