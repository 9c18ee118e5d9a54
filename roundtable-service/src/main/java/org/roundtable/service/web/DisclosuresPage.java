package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.AccessRecord;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What of a case was disclosed to date, to whom: per partner, every look that returned data. For the chair and
 * compliance reviewers (who state the purpose first), with the same query and access record as
 * {@code GET /api/cases/{caseId}/disclosures}.
 */
@Controller
class DisclosuresPage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    DisclosuresPage(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One partner's looks that returned data of the case, oldest first. */
    record PartnerLooks(String partner, List<AccessRecord> looks) { }

    @GetMapping("/cases/{caseId}/disclosures")
    String disclosures(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                       Locale locale, Model model, HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        if (!NeedToKnow.readsAuditTrail(reader)) {
            accessLog.refused(reader, Look.DISCLOSURES, id, why);
            throw new NotAllowed("not-a-reviewer", "only the chair and compliance reviewers read a case's disclosures");
        }
        Optional<CaseDetail> known = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (known.isEmpty()) {
            accessLog.refused(reader, Look.DISCLOSURES, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        accessLog.shown(reader, Look.DISCLOSURES, id, why, List.<InformationId>of());
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("caseNumber", known.get().caseNumber().value());
        model.addAttribute("purpose", purpose);
        model.addAttribute("partners", accessLog.disclosures(id).entrySet().stream()
                .map(entry -> new PartnerLooks(entry.getKey().value(), entry.getValue())).toList());
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(clock.getZone()));
        return "disclosures";
    }
}
