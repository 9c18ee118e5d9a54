package org.roundtable.core.sessions;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;

import java.util.Objects;

/** One action still open when the chair closes a session: its case, the action, and why it comes back. */
public record CarriedForward(CaseId caseId, ActionId actionId, CarryForwardReason reason) {

    public CarriedForward {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(reason, "reason");
    }
}
