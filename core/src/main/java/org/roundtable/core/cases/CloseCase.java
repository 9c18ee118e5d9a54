package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair ends the round table's work on an open case, for a reason, with an optional note. */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId, Actor actor, ClosureReason reason,
                        PersonalText note) implements CaseCommand {

    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
