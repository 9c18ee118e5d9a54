package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One case file, as far as the person may see it: the same query as {@code GET /api/cases/{caseId}}, the same
 * access record before the page is sent, and the same answer (not found) for a case they may not know of.
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
        model.addAttribute("mayWithdraw", reader.holds(Role.PARTNER));
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()));
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return "case";
    }
}
