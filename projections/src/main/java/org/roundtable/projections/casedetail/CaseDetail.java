package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.CaseAccess;

import java.time.Instant;
import java.util.List;

/**
 * One case as it stands: who it is about, who raised it, its status and how it got there (oldest first),
 * its participating partners (sorted), the information not withdrawn and the actions, in the order they
 * happened. The lead is null until the case is opened. Erased personal text (the summary, an item's
 * content, an action's description) is null.
 * <p>
 * It is always as far as its reader may see it ({@code access}). With {@code CASE_FILE}: only the items the
 * reader's sharing level allows, each naming its owner and who shared it only to those who may know a
 * protected source (null otherwise: "a partner"), and each action relying only on items the reader sees.
 * With {@code SCREENING_OUTCOME} (the reader's partner raised the concern and takes no part): the concern and
 * the history up to the screening decision, whose status is the case's status here; no lead, participants,
 * information or actions.
 * <p>
 * With {@code CASE_FILE} it also shows the case's reviews, its closing report (empty unless it is closed with one)
 * and the earlier case it repeats, by id and number: named only when the reader may know of that case too (both
 * null otherwise).
 */
public record CaseDetail(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Subject subject,
                         Actor raisedBy, @Nullable String summary, Urgency urgency, ConcernCategory category,
                         Instant raisedAt, @Nullable PartnerId lead, List<PartnerId> participants,
                         List<StatusChange> history, List<InformationItem> information, List<ActionItem> actions,
                         CaseAccess access, CaseReviews reviews, ClosingReportView closingReport,
                         @Nullable CaseId repeatOfCaseId, @Nullable CaseNumber repeatOf) {

    /** A case without reviews, closing report or earlier case. */
    public CaseDetail(CaseId caseId, CaseNumber caseNumber, CaseStatus status, Subject subject,
                      Actor raisedBy, @Nullable String summary, Urgency urgency, ConcernCategory category,
                      Instant raisedAt, @Nullable PartnerId lead, List<PartnerId> participants,
                      List<StatusChange> history, List<InformationItem> information, List<ActionItem> actions,
                      CaseAccess access) {
        this(caseId, caseNumber, status, subject, raisedBy, summary, urgency, category, raisedAt, lead, participants,
                history, information, actions, access, CaseReviews.NONE, ClosingReportView.NONE, null, null);
    }

    public CaseDetail {
        participants = List.copyOf(participants);
        history = List.copyOf(history);
        information = List.copyOf(information);
        actions = List.copyOf(actions);
        java.util.Objects.requireNonNull(reviews, "reviews");
        java.util.Objects.requireNonNull(closingReport, "closingReport");
    }
}
