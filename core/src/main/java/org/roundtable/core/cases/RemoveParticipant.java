package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair takes a partner out of an open case, and says why. */
public record RemoveParticipant(@TargetAggregateIdentifier CaseId caseId, Actor actor, PartnerId partner,
                                PersonalText reason) implements TableDecision {

    public RemoveParticipant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(reason, "reason");
    }
}
