package org.roundtable.projections.caselist;

import org.roundtable.core.cases.CaseStatus;

/** Asks for the case list, newest first, optionally only the cases with one status (null means all). */
public record FindCases(CaseStatus status) {

    public FindCases() {
        this(null);
    }

    public static FindCases all() {
        return new FindCases();
    }

    public static FindCases withStatus(CaseStatus status) {
        return new FindCases(status);
    }
}
