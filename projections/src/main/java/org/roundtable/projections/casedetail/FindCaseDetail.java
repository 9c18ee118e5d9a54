package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/** Asks for one case as far as the reader may see it; the answer is empty when the case is unknown or not the reader's to know. */
public record FindCaseDetail(Reader reader, CaseId caseId) {

    public FindCaseDetail {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(caseId, "caseId");
    }
}
