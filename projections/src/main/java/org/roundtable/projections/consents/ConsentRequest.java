package org.roundtable.projections.consents;

import org.roundtable.core.cases.CaseId;

/** An owner's consent asked for an action, with the case it belongs to: one line of a list across cases. */
public record ConsentRequest(CaseId caseId, OwnerConsent consent) {
}
