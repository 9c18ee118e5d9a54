package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The chair records that the round table reviewed an open case today, with a note, and sets the next review:
 * on {@code nextReviewOn} when given, else after the round table's review interval (which the service fills in
 * from its settings).
 */
public record RecordReview(@TargetAggregateIdentifier CaseId caseId, Actor actor, PersonalText note,
                           @Nullable LocalDate nextReviewOn, Period interval) implements TableDecision {

    public RecordReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(interval, "interval");
    }
}
