package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action agreed in a case: who does what by when, relying on which information, and what came of it.
 * The outcome and completion time are null until it is completed.
 */
public record ActionItem(ActionId actionId, PartnerId assignee, @Nullable String description, LocalDate dueDate,
                         List<InformationId> reliesOn, ActionStatus status, @Nullable String outcome, Instant assignedAt,
                         @Nullable Instant completedAt) {

    public ActionItem {
        reliesOn = List.copyOf(reliesOn);
    }
}
