package org.roundtable.core.cases;

import java.util.Objects;

/**
 * The earlier case of the same subject, closed less than twelve months before a new concern was raised: the new
 * case repeats it. The service finds it (see docs/events.md, "Repeat concerns"); the case only keeps the fact.
 */
public record RepeatOf(CaseId caseId, CaseNumber caseNumber) {

    public RepeatOf {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
    }
}
