package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The partner an action was assigned to takes it on. */
public record AcceptAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor)
        implements CaseCommand {

    public AcceptAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
    }
}
