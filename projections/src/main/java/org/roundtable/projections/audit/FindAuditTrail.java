package org.roundtable.projections.audit;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/** Asks for the audit trail of one case, oldest event first, for a reader who may read audit trails. */
public record FindAuditTrail(Reader reader, CaseId caseId) {

    public FindAuditTrail {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(caseId, "caseId");
    }
}
