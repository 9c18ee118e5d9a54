package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionItem;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.projections.consents.ConsentRequest;
import org.roundtable.projections.consents.FindConsentRequests;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The consent requests waiting for the person's partner, across its cases: which case, which action relies on
 * which of the partner's items and who asks, each with the grant / refuse form of the case's consents page (the
 * same decision, {@link ConsentDecisions}). The same query and access record as the API's consent requests.
 */
@Controller
class WaitingConsentsPage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final ConsentDecisions decisions;

    WaitingConsentsPage(QueryGateway queries, AccessLog accessLog, ConsentDecisions decisions) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.decisions = decisions;
    }

    /**
     * One request as the page shows it: its case, the action and its due date, who asks, the item as its owner
     * sees it (null once withdrawn), and the problem with its form, if it was sent back.
     */
    record Waiting(String caseId, String caseNumber, String actionId, @Nullable String action, @Nullable LocalDate due,
                   String asks, String informationId, @Nullable InformationItem item, @Nullable String problem) {

        /** The id of the reason's field and of its message, unique on the page. */
        public String field() {
            return "reason-" + actionId + "-" + informationId;
        }
    }

    @GetMapping("/consents/waiting")
    String waiting(Reader reader, @RequestParam(required = false) @Nullable String purpose,
                   @RequestParam(required = false) @Nullable String decided, Locale locale, Model model) {
        model.addAttribute("decided", "GRANTED".equals(decided) || "REFUSED".equals(decided) ? decided : null);
        return show(reader, purpose, null, locale, model);
    }

    @PostMapping("/consents/waiting/{caseId}/{actionId}/{informationId}")
    String decide(@PathVariable UUID caseId, @PathVariable UUID actionId, @PathVariable UUID informationId, Actor actor,
                  Reader reader, @RequestParam String decision, @RequestParam(required = false) @Nullable String reason,
                  Locale locale, Model model, HttpServletResponse response) {
        Optional<String> problem = decisions.decide(new CaseId(caseId), new ActionId(actionId),
                new InformationId(informationId), actor, decision, reason);
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(reader, null, new Problem(actionId + "-" + informationId, problem.get()), locale, model);
        }
        return "redirect:/consents/waiting?decided=" + (decision.equals("REFUSED") ? "REFUSED" : "GRANTED");
    }

    /** A form sent back: which request, and the message key of what is wrong. */
    private record Problem(String request, String message) { }

    private String show(Reader reader, @Nullable String purpose, @Nullable Problem problem, Locale locale, Model model) {
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        List<ConsentRequest> requests = queries.query(FindConsentRequests.waitingFor(reader),
                ResponseTypes.multipleInstancesOf(ConsentRequest.class)).join();
        Map<CaseId, Optional<CaseDetail>> cases = new HashMap<>();
        List<Waiting> lines = requests.stream().map(request -> {
            Optional<CaseDetail> detail = cases.computeIfAbsent(request.caseId(), id -> queries.query(
                    new FindCaseDetail(reader, id), ResponseTypes.optionalInstanceOf(CaseDetail.class)).join());
            return line(request, detail, problem);
        }).toList();
        LooksAcrossCases.record(accessLog, reader, Look.CONSENT_REQUESTS, why, requests.stream()
                .map(request -> new LooksAcrossCases.Shown(request.caseId(), request.consent().informationId())).toList());
        model.addAttribute("requests", lines);
        model.addAttribute("problem", problem == null ? null : lines.stream()
                .filter(line -> (line.actionId() + "-" + line.informationId()).equals(problem.request())).findFirst()
                .orElse(null));
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return "waiting-consents";
    }

    private static Waiting line(ConsentRequest request, Optional<CaseDetail> detail, @Nullable Problem problem) {
        String actionId = request.consent().actionId().value().toString();
        InformationId item = request.consent().informationId();
        String informationId = item == null ? "" : item.value().toString();
        Optional<ActionItem> action = detail.flatMap(kase -> kase.actions().stream()
                .filter(one -> one.actionId().equals(request.consent().actionId())).findFirst());
        Optional<InformationItem> information = detail.flatMap(kase -> kase.information().stream()
                .filter(one -> one.informationId().equals(item)).findFirst());
        String number = detail.map(kase -> kase.caseNumber().value()).orElse("");
        boolean sentBack = problem != null && problem.request().equals(actionId + "-" + informationId);
        return new Waiting(request.caseId().value().toString(), number, actionId,
                action.map(ActionItem::description).orElse(null), action.map(ActionItem::dueDate).orElse(null),
                request.consent().assignee().value(), informationId, information.orElse(null),
                sentBack ? problem.message() : null);
    }
}
