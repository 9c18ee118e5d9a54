package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action in a list across cases: its case, who does what by when, where it stands, and whether it is overdue
 * (its deadline found it still open, or it is open and due before the day the list was asked for). The description is null once it was erased.
 */
public record ActionOverview(CaseId caseId, CaseNumber caseNumber, ActionId actionId, PartnerId assignee,
                             @Nullable String description, LocalDate dueDate, ActionStatus status, boolean overdue,
                             Instant assignedAt, @Nullable Instant completedAt) {
}
