package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.util.Objects;

/** The owner of a piece of information agrees that an action may rely on it. */
public record GrantConsent(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, InformationId informationId,
                           Actor actor) implements CaseCommand {

    public GrantConsent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(informationId, "informationId");
        Objects.requireNonNull(actor, "actor");
    }
}
