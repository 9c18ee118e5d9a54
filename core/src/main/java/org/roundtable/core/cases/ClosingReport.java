package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** What the round table's work on a case came to: the outcome in words, and whether the exit criteria were met. */
public record ClosingReport(PersonalText outcome, ExitCriteria exitCriteria) {

    public ClosingReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exitCriteria, "exitCriteria");
    }
}
