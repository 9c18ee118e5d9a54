package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.WithdrawInformation;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Withdrawing an item of information, for a representative of the partner that shared it: a page that shows
 * the item and says what withdrawing means, with an optional reason. Showing the item is a look at the case,
 * recorded as the case file is. The form carries a key made when it is shown, and an item is withdrawn once:
 * sent again, it writes nothing again.
 */
@Controller
class WithdrawInformationPage {

    private final OncePerForm commands;
    private final QueryGateway queries;
    private final AccessLog accessLog;

    WithdrawInformationPage(OncePerForm commands, QueryGateway queries, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{caseId}/information/{informationId}/withdrawal")
    String confirm(@PathVariable UUID caseId, @PathVariable UUID informationId, Reader reader, Model model,
                   HttpServletResponse response) {
        return show(model, reader, caseId, informationId, UUID.randomUUID().toString(), null, Map.of(), response);
    }

    @PostMapping("/cases/{caseId}/information/{informationId}/withdrawal")
    String withdraw(@PathVariable UUID caseId, @PathVariable UUID informationId, Actor actor, Reader reader,
                    @RequestParam String formKey, @RequestParam(required = false) @Nullable String reason,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PersonalText why;
        try {
            why = PersonalText.ofNullable(reason);
        } catch (InvalidValue tooLong) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, reader, caseId, informationId, formKey, reason, Map.of("reason", "withdraw.problem.reason"), response);
        }
        if (!OncePerForm.isKey(formKey)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, reader, caseId, informationId, UUID.randomUUID().toString(), reason,
                    Map.of("form", "raise.problem.form"), response);
        }
        String path = "/cases/" + caseId + "/information/" + informationId + "/withdrawal";
        try {
            commands.send(new WithdrawInformation(new CaseId(caseId), new InformationId(informationId), actor, why),
                    formKey, path);
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty() || !rule.get().code().equals("information-already-withdrawn")) {
                throw failure; // not the owner, not known: the error pages say so
            }
            // Withdrawn before, from another form: it stays withdrawn once.
        }
        redirect.addFlashAttribute("notice", "withdraw.done");
        return "redirect:/cases/" + caseId;
    }

    /** The item, if the reader's partner owns it and may see it in the case, recorded as a look at the case. */
    private String show(Model model, Reader reader, UUID caseId, UUID informationId, String formKey,
                        @Nullable String reason, Map<String, String> problems, HttpServletResponse response) {
        if (!reader.holds(Role.PARTNER)) {
            throw new NotAllowed("not-a-representative", "only a partner's representative withdraws information");
        }
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, null);
        Optional<CaseDetail> found = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (found.isEmpty()) {
            accessLog.refused(reader, Look.CASE_FILE, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        InformationItem item = found.get().information().stream()
                .filter(shown -> shown.informationId().value().equals(informationId))
                .findFirst()
                .orElseThrow(() -> new UnknownItem("unknown-information", "the case has no such information"));
        if (!reader.partner().equals(item.owner())) {
            throw new NotAllowed("not-the-owner", "only the partner that shared information may withdraw it");
        }
        accessLog.shown(reader, Look.CASE_FILE, id, why, List.of(item.informationId()));
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("caseNumber", found.get().caseNumber().value());
        model.addAttribute("item", item);
        model.addAttribute("formKey", formKey);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        return "withdraw";
    }
}
