package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CompleteAction;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;
import java.util.UUID;

/**
 * Reporting an action done, for the partner it was assigned to: with its outcome. An action that waits for an
 * owner's consent, or whose consent was refused, says so; an action completed before leads back to its case.
 */
@Controller
class CompleteActionPage {

    private final CommandDispatcher commands;

    CompleteActionPage(CommandDispatcher commands) {
        this.commands = commands;
    }

    @GetMapping("/cases/{caseId}/actions/{actionId}/completion")
    String form(@PathVariable UUID caseId, @PathVariable UUID actionId, Model model) {
        return show(model, caseId, actionId, null, Map.of());
    }

    @PostMapping("/cases/{caseId}/actions/{actionId}/completion")
    String complete(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                    @RequestParam(required = false) @Nullable String outcome, Model model, HttpServletResponse response) {
        PersonalText text;
        try {
            text = PersonalText.of(outcome);
        } catch (InvalidValue invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, caseId, actionId, outcome, Map.of("outcome", "complete.problem.outcome"));
        }
        try {
            commands.send(new CompleteAction(new CaseId(caseId), new ActionId(actionId), actor, text));
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty()) {
                throw failure; // not allowed, not known: the error pages say so
            }
            if (!rule.get().code().equals("action-already-completed")) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, caseId, actionId, outcome, Map.of("form", "complete.problem." + rule.get().code()));
            }
        }
        return "redirect:/cases/" + caseId;
    }

    private static String show(Model model, UUID caseId, UUID actionId, @Nullable String outcome,
                               Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("actionId", actionId.toString());
        model.addAttribute("outcome", outcome);
        model.addAttribute("problems", problems);
        return "complete";
    }
}
