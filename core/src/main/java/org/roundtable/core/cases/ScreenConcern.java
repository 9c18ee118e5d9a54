package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.Period;
import java.util.Objects;

/**
 * The chair decides what happens to a raised concern (see {@link ScreeningDecision}). A case opened by it is first
 * reviewed after {@code reviewInterval}, the round table's review interval, which the service fills in from its
 * settings.
 */
public record ScreenConcern(@TargetAggregateIdentifier CaseId caseId, Actor actor, ScreeningDecision decision,
                            Period reviewInterval) implements TableDecision {

    /** The review interval when none is configured: three months. */
    public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofMonths(3);

    /** Screening with the default review interval. */
    public ScreenConcern(CaseId caseId, Actor actor, ScreeningDecision decision) {
        this(caseId, actor, decision, DEFAULT_REVIEW_INTERVAL);
    }

    @JsonCreator
    public ScreenConcern {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewInterval, "reviewInterval");
    }
}
