package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** The chair brings one more partner of the round table into an open case. */
public record AddParticipant(@TargetAggregateIdentifier CaseId caseId, Actor actor, PartnerId partner)
        implements TableDecision {

    public AddParticipant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partner, "partner");
    }
}
