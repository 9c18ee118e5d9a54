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
import org.roundtable.projections.consents.CaseConsents;
import org.roundtable.projections.consents.FindConsents;
import org.roundtable.projections.consents.OwnerConsent;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's consents as far as the person may see them (the same query and access record as the API's), and,
 * for a partner's representative, the consent asked of their partner: granted, or refused with a reason.
 */
@Controller
class ConsentsPage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final ConsentDecisions decisions;

    ConsentsPage(QueryGateway queries, AccessLog accessLog, ConsentDecisions decisions) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.decisions = decisions;
    }

    @GetMapping("/cases/{caseId}/consents")
    String consents(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                    Model model, HttpServletResponse response) {
        return show(caseId, reader, purpose, null, model, response);
    }

    @PostMapping("/cases/{caseId}/actions/{actionId}/consents/{informationId}")
    String decide(@PathVariable UUID caseId, @PathVariable UUID actionId, @PathVariable UUID informationId, Actor actor,
                  Reader reader, @RequestParam String decision, @RequestParam(required = false) @Nullable String reason,
                  Model model, HttpServletResponse response) {
        Optional<String> problem = decisions.decide(new CaseId(caseId), new ActionId(actionId),
                new InformationId(informationId), actor, decision, reason);
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(caseId, reader, null, problem.get(), model, response);
        }
        return "redirect:/cases/" + caseId + "/consents";
    }

    private String show(UUID caseId, Reader reader, @Nullable String purpose, @Nullable String problem, Model model,
                        HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        Optional<CaseConsents> consents = queries.query(new FindConsents(reader, id),
                ResponseTypes.optionalInstanceOf(CaseConsents.class)).join();
        if (consents.isEmpty()) {
            accessLog.refused(reader, Look.CONSENTS, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        accessLog.shown(reader, Look.CONSENTS, id, why, consents.get().owners().stream()
                .map(OwnerConsent::informationId).filter(Objects::nonNull).distinct().toList());
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("consents", consents.get());
        model.addAttribute("problem", problem);
        return "consents";
    }
}
