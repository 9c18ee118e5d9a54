package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.ShareInformation;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.sharing.SharingLevel;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sharing information in a case, for a participating partner's representative: what they know, at which
 * sharing level, and whether they may be named as its source, each explained in plain words where it is
 * chosen. The form carries the item's id, made when it is shown: sent twice, it shares the item once.
 */
@Controller
class ShareInformationPage {

    private final CommandDispatcher commands;

    ShareInformationPage(CommandDispatcher commands) {
        this.commands = commands;
    }

    /** What the person typed, shown again with the problems. */
    record Form(String informationId, @Nullable String content, @Nullable String level, boolean sourceProtected) { }

    @GetMapping("/cases/{caseId}/information/new")
    String form(@PathVariable UUID caseId, Model model) {
        return show(model, caseId, new Form(UUID.randomUUID().toString(), null, null, false), Map.of());
    }

    @PostMapping("/cases/{caseId}/information")
    String share(@PathVariable UUID caseId, Actor actor, @RequestParam String informationId,
                 @RequestParam(required = false) @Nullable String content,
                 @RequestParam(required = false) @Nullable String level,
                 @RequestParam(required = false, defaultValue = "false") boolean sourceProtected,
                 Model model, HttpServletResponse response) {
        Form form = new Form(informationId, content, level, sourceProtected);
        Map<String, String> problems = new LinkedHashMap<>();
        PersonalText text = null;
        try {
            text = PersonalText.of(content);
        } catch (InvalidValue invalid) {
            problems.put("content", "share.problem.content");
        }
        SharingLevel sharing = null;
        try {
            sharing = SharingLevel.valueOf(level == null ? "" : level);
        } catch (IllegalArgumentException missing) {
            problems.put("level", "share.problem.level");
        }
        InformationId id = null;
        try {
            id = new InformationId(UUID.fromString(informationId));
        } catch (IllegalArgumentException tampered) {
            problems.put("form", "raise.problem.form");
        }
        if (problems.isEmpty()) {
            try {
                commands.send(new ShareInformation(new CaseId(caseId), id, actor, text, sharing, sourceProtected));
                return "redirect:/cases/" + caseId;
            } catch (RuntimeException failure) {
                var rule = TryAgain.causeOf(failure, RuleViolation.class);
                if (rule.isEmpty()) {
                    throw failure; // not allowed, not known: the error pages say so
                }
                if (rule.get().code().equals("information-already-shared")) {
                    return "redirect:/cases/" + caseId; // sent before: shared once
                }
                problems.put("form", "share.problem." + rule.get().code());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, caseId, form, problems);
    }

    private static String show(Model model, UUID caseId, Form form, Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("levels", SharingLevel.values());
        return "share";
    }
}
