package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.LocalDate;
import java.util.Objects;

/** The chair sets the date of an open case's next review: today or later. */
public record ScheduleReview(@TargetAggregateIdentifier CaseId caseId, Actor actor, LocalDate dueOn)
        implements TableDecision {

    public ScheduleReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
