package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The owner of a piece of information refuses that an action rely on it, and says why. */
public record RefuseConsent(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, InformationId informationId,
                            Actor actor, PersonalText reason) implements CaseCommand {

    public RefuseConsent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(informationId, "informationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
