package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair calls off an action that is no longer needed, and says why. */
public record CancelAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                           PersonalText reason) implements CaseCommand {

    public CancelAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
