package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sessions.CarriedForward;
import org.roundtable.core.sessions.CarryForwardReason;

/** An action still open in a case on the agenda, and why it comes back on the next agenda. */
record CarriedForwardRequest(@NotNull CaseId caseId, @NotNull ActionId actionId, @NotNull CarryForwardReason reason) {

    CarriedForward action() {
        return new CarriedForward(caseId, actionId, reason);
    }
}
