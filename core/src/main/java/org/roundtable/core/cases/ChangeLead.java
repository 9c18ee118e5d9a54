package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** The chair hands the lead of an open case to another partner that takes part in it. */
public record ChangeLead(@TargetAggregateIdentifier CaseId caseId, Actor actor, PartnerId lead) implements TableDecision {

    public ChangeLead {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(lead, "lead");
    }
}
