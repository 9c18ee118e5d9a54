package org.roundtable.projections.caselist;

import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/**
 * Asks for the cases the reader may see, newest first, optionally only those with one status (null means
 * all; for a case the reader sees only the screening outcome of, the status is that outcome).
 */
public record FindCases(Reader reader, CaseStatus status) {

    public FindCases {
        Objects.requireNonNull(reader, "reader");
    }

    public static FindCases all(Reader reader) {
        return new FindCases(reader, null);
    }

    public static FindCases withStatus(Reader reader, CaseStatus status) {
        return new FindCases(reader, status);
    }
}
