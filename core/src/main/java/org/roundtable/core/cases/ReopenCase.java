package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair reopens a closed case, usually because of a new concern, and says why. */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId, Actor actor, PersonalText reason)
        implements CaseCommand {

    public ReopenCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
