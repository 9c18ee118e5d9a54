package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The chair decides what happens to a raised concern (see {@link ScreeningDecision}). */
public record ScreenConcern(@TargetAggregateIdentifier CaseId caseId, Actor actor, ScreeningDecision decision)
        implements CaseCommand {

    public ScreenConcern {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decision, "decision");
    }
}
