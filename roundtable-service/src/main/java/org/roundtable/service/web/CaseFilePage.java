package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionItem;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.projections.casedetail.PostClosureReview;
import org.roundtable.projections.casedetail.StatusChange;
import org.roundtable.projections.consents.CaseConsents;
import org.roundtable.projections.consents.FindConsents;
import org.roundtable.projections.consents.OwnerConsent;
import org.roundtable.projections.consents.SubjectConsent;
import org.roundtable.projections.consents.SubjectInforming;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One case file, as far as the person may see it: the same query as {@code GET /api/cases/{caseId}}, the same
 * access record before the page is sent, and the same answer (not found) for a case they may not know of. Its
 * history is one timeline of everything on the case the person may see, with the case's consents as
 * {@code GET /api/cases/{caseId}/consents} gives them to the person (and recorded as that look).
 */
@Controller
class CaseFilePage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseFilePage(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}")
    String caseFile(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                    Locale locale, Model model, HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        model.addAttribute("person", reader.person().value());
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        Optional<CaseDetail> found = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (found.isEmpty()) {
            accessLog.refused(reader, Look.CASE_FILE, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        CaseDetail detail = found.get();
        accessLog.shown(reader, detail.access().seesCaseFile() ? Look.CASE_FILE : Look.SCREENING_OUTCOME, id, why,
                detail.information().stream().map(InformationItem::informationId).toList());
        model.addAttribute("detail", detail);
        model.addAttribute("timeline", timeline(detail, consents(reader, id, why, detail)));
        // Whether to offer sharing: the case's rules decide when it is sent.
        model.addAttribute("mayAudit", NeedToKnow.readsAuditTrail(reader));
        model.addAttribute("mayScreen", reader.holds(Role.CHAIR) && detail.status() == CaseStatus.RAISED);
        model.addAttribute("mayShare", reader.holds(Role.PARTNER) && detail.status() == CaseStatus.OPEN
                && detail.participants().contains(reader.partner()));
        // The chair's decisions on the case, and withdrawing one's own items: the case's rules decide when sent.
        boolean chair = reader.holds(Role.CHAIR) && detail.access().seesCaseFile();
        model.addAttribute("mayAssign", chair && detail.status() == CaseStatus.OPEN);
        model.addAttribute("mayClose", chair && detail.status() == CaseStatus.OPEN);
        model.addAttribute("mayReopen", chair && detail.status() == CaseStatus.CLOSED);
        model.addAttribute("mayReview", chair && detail.status() == CaseStatus.OPEN);
        boolean closed = detail.status() == CaseStatus.CLOSED;
        model.addAttribute("mayReviewAfterClosing", chair && closed && !detail.reviews().afterClosureDue().isEmpty());
        List<PostClosureReview> recorded = detail.reviews().afterClosureRecorded();
        model.addAttribute("concernAgain", closed && !recorded.isEmpty()
                && recorded.get(recorded.size() - 1).outcome() == PostClosureReviewOutcome.CONCERN_AGAIN);
        model.addAttribute("mayWithdraw", reader.holds(Role.PARTNER));
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()));
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return "case";
    }

    /**
     * One moment of the case's history: what happened ({@code kind}) to which item as the reader may see it
     * (a {@link StatusChange}, {@link InformationItem}, {@link ActionItem}, {@link OwnerConsent},
     * {@link SubjectConsent} or {@link SubjectInforming}).
     */
    record Moment(Instant at, String kind, Object item) { }

    /**
     * The consents the reader may see, for the timeline: the same query and the same access record as
     * {@code GET /api/cases/{caseId}/consents}; none for a reader who sees only the screening outcome.
     */
    private Optional<CaseConsents> consents(Reader reader, CaseId id, String why, CaseDetail detail) {
        if (!detail.access().seesCaseFile()) {
            return Optional.empty();
        }
        Optional<CaseConsents> consents = queries.query(new FindConsents(reader, id),
                ResponseTypes.optionalInstanceOf(CaseConsents.class)).join();
        consents.ifPresent(shown -> accessLog.shown(reader, Look.CONSENTS, id, why, shown.owners().stream()
                .map(OwnerConsent::informationId).filter(Objects::nonNull).distinct().toList()));
        return consents;
    }

    /** Everything on the case the reader may see, oldest first (in the order it happened when at the same instant). */
    static List<Moment> timeline(CaseDetail detail, Optional<CaseConsents> consents) {
        List<Moment> moments = new ArrayList<>();
        detail.history().forEach(change -> moments.add(new Moment(change.at(), "status", change)));
        detail.information().forEach(item -> moments.add(new Moment(item.sharedAt(), "shared", item)));
        for (ActionItem action : detail.actions()) {
            moments.add(new Moment(action.assignedAt(), "assigned", action));
            if (action.completedAt() != null) {
                moments.add(new Moment(action.completedAt(), "completed", action));
            }
        }
        consents.ifPresent(shown -> {
            for (OwnerConsent consent : shown.owners()) {
                moments.add(new Moment(consent.requestedAt(), "consentRequested", consent));
                if (consent.decidedAt() != null) {
                    moments.add(new Moment(consent.decidedAt(), "consentDecided", consent));
                }
            }
            shown.subjectConsent().forEach(consent -> moments.add(new Moment(consent.recordedAt(), "subjectConsent", consent)));
            shown.subjectInforming().forEach(informing -> moments.add(new Moment(informing.recordedAt(), "informing", informing)));
        });
        moments.sort(Comparator.comparing(Moment::at)); // stable: same-instant moments keep the order above
        return moments;
    }
}
