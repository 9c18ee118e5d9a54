package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action agreed in a case: who does what by when, relying on which information, where it stands and what came
 * of it. The outcome and completion time are null until it is completed; the decline reason is there while it
 * stands declined, the cancel reason once it is cancelled (each {@link PersonalText#ERASED} once erased). It is
 * overdue when its deadline found it still open, or when it is open and due before the day it is read.
 */
public record ActionItem(ActionId actionId, PartnerId assignee, @Nullable String description, LocalDate dueDate,
                         List<InformationId> reliesOn, ActionStatus status, @Nullable String outcome, Instant assignedAt,
                         @Nullable Instant completedAt, boolean overdue, @Nullable PersonalText declineReason,
                         @Nullable PersonalText cancelReason, List<ProgressNote> progress) {

    public ActionItem {
        reliesOn = List.copyOf(reliesOn);
        progress = List.copyOf(progress);
    }
}
