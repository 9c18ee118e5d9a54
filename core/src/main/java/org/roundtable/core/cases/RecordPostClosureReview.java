package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/**
 * The chair records the review of a closed case whose review after closing has fallen due: what the round table
 * found, and whether the case gives cause for concern again. It records the earliest review due; with
 * {@link PostClosureReviewOutcome#CONCERN_AGAIN} the case stays closed until the chair reopens it.
 */
public record RecordPostClosureReview(@TargetAggregateIdentifier CaseId caseId, Actor actor, PersonalText note,
                                      PostClosureReviewOutcome outcome) implements CaseCommand {

    public RecordPostClosureReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(outcome, "outcome");
    }
}
