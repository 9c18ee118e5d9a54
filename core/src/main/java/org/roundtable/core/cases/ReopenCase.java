package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.time.Period;
import java.util.Objects;

/**
 * The chair reopens a closed case, usually because of a new concern, and says why. Its next review is due after
 * {@code reviewInterval}, the round table's review interval, which the service fills in from its settings.
 */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId, Actor actor, PersonalText reason,
                         Period reviewInterval) implements CaseCommand {

    /** Reopening with the default review interval. */
    public ReopenCase(CaseId caseId, Actor actor, PersonalText reason) {
        this(caseId, actor, reason, ScreenConcern.DEFAULT_REVIEW_INTERVAL);
    }

    @JsonCreator
    public ReopenCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reviewInterval, "reviewInterval");
    }
}
