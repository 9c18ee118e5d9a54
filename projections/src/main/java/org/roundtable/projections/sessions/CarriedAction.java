package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sessions.CarryForwardReason;

import java.time.LocalDate;

/**
 * An action of an item's case carried forward when the session closed, and why: who has it, what it is (null once
 * erased) and when it is due, as they stand now.
 */
public record CarriedAction(ActionId actionId, PartnerId assignee, @Nullable String description, LocalDate dueDate,
                            CarryForwardReason reason) {
}
