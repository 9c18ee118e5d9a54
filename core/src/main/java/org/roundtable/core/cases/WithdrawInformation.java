package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The owner of a piece of information takes it back from the table; the reason is optional. */
public record WithdrawInformation(@TargetAggregateIdentifier CaseId caseId, InformationId informationId, Actor actor,
                                  PersonalText reason) implements CaseCommand {

    public WithdrawInformation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(informationId, "informationId");
        Objects.requireNonNull(actor, "actor");
    }
}
