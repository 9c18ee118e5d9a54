package org.roundtable.projections.caselist;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;

/**
 * One line of the case list. The lead and the opened date are null until the case is opened; the closed
 * date is null unless it is closed now.
 */
public record CaseSummary(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Urgency urgency,
                          ConcernCategory category, @Nullable PartnerId lead, Instant raisedAt, @Nullable Instant openedAt,
                          @Nullable Instant closedAt, int openActionCount) {
}
