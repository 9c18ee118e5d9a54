package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The chair ends the round table's work on an open case, for a reason, with a closing report (the outcome and
 * whether the exit criteria were met), an optional note, and the days of any reviews after closing (none, or
 * for example six and twelve months on).
 */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId, Actor actor, ClosureReason reason,
                        @Nullable PersonalText note, ClosingReport report, List<LocalDate> postClosureReviews)
        implements TableDecision {

    @JsonCreator
    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(report, "report");
        postClosureReviews = postClosureReviews == null ? List.of() : List.copyOf(postClosureReviews);
    }
}
