package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The partner that took on an action reports it done, with its outcome. */
public record CompleteAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                             PersonalText outcome) implements CaseCommand {

    public CompleteAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(outcome, "outcome");
    }
}
