package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.CaseId;

/** Asks for one case in full; the answer is empty when the case is unknown. */
public record FindCaseDetail(CaseId caseId) {
}
