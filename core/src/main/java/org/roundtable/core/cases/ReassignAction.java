package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair hands an action to another partner taking part in the case, and says why. */
public record ReassignAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                             PartnerId assignee, PersonalText reason) implements CaseCommand {

    public ReassignAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reason, "reason");
    }
}
