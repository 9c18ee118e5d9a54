package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The partner an action was assigned to declines it, and says why. */
public record DeclineAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                            PersonalText reason) implements CaseCommand {

    public DeclineAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
