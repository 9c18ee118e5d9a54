package org.roundtable.projections.audit;

import org.roundtable.core.cases.CaseId;

/** Asks for the audit trail of one case, oldest event first. */
public record FindAuditTrail(CaseId caseId) {
}
