package org.roundtable.projections.caselist;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.CaseAccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the case list, as far as its reader may see it. With access {@code CASE_FILE} it is the case as
 * it stands: the lead and the opened date are null until the case is opened, the closed date null unless it
 * is closed now. With access {@code SCREENING_OUTCOME} (the reader's partner raised the concern and takes no
 * part in the case) it is only the concern and what the screening decided: the status is that decision (or
 * {@code RAISED}), and the lead, the closed date and the open actions are null.
 * <p>
 * With {@code CASE_FILE} it also shows the next review of an open case and whether its day has come, the number of
 * the earlier case it repeats when the reader may know of that case too (null otherwise), and the reviews after
 * closing of a closed case whose day has come and that the chair has not recorded yet, the earliest first.
 */
public record CaseSummary(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Urgency urgency,
                          ConcernCategory category, @Nullable PartnerId lead, Instant raisedAt, @Nullable Instant openedAt,
                          @Nullable Instant closedAt, @Nullable Integer openActionCount, CaseAccess access,
                          @Nullable LocalDate nextReviewOn, boolean reviewDue, @Nullable CaseNumber repeatOf,
                          List<LocalDate> postClosureReviewsDue) {

    public CaseSummary {
        postClosureReviewsDue = List.copyOf(postClosureReviewsDue);
    }

    /** A line without reviews after closing due. */
    public CaseSummary(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Urgency urgency,
                       ConcernCategory category, @Nullable PartnerId lead, Instant raisedAt, @Nullable Instant openedAt,
                       @Nullable Instant closedAt, @Nullable Integer openActionCount, CaseAccess access,
                       @Nullable LocalDate nextReviewOn, boolean reviewDue, @Nullable CaseNumber repeatOf) {
        this(caseId, caseNumber, status, urgency, category, lead, raisedAt, openedAt, closedAt, openActionCount, access,
                nextReviewOn, reviewDue, repeatOf, List.of());
    }

    /** A line without review or repeat. */
    public CaseSummary(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Urgency urgency,
                       ConcernCategory category, @Nullable PartnerId lead, Instant raisedAt, @Nullable Instant openedAt,
                       @Nullable Instant closedAt, @Nullable Integer openActionCount, CaseAccess access) {
        this(caseId, caseNumber, status, urgency, category, lead, raisedAt, openedAt, closedAt, openActionCount, access,
                null, false, null, List.of());
    }
}
