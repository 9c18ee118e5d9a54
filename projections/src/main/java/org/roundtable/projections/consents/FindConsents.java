package org.roundtable.projections.consents;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/** Asks for the consents of one case as this reader may see them; empty when the case is unknown or not theirs to see. */
public record FindConsents(Reader reader, CaseId caseId) {

    public FindConsents {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(caseId, "caseId");
    }
}
