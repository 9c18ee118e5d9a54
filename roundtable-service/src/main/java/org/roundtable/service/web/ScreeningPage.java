package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ScreenConcern;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Screening a raised concern, for the chair: open a case (with its lead and the partners taking part), refer
 * it to another service, give advice only, signpost it to one partner, or dismiss it, each with what it needs. A concern is screened once: the form sent
 * again leads to the case as it was screened.
 */
@Controller
class ScreeningPage {

    private final CommandDispatcher commands;
    private final DirectoryReader directory;
    private final Period reviewInterval;

    ScreeningPage(CommandDispatcher commands, DirectoryReader directory, RoundtableProperties properties) {
        this.commands = commands;
        this.directory = directory;
        this.reviewInterval = properties.reviews().interval();
    }

    /** What the chair chose, shown again with the problems. */
    record Form(@Nullable String decision, @Nullable String lead, Set<String> participants,
                @Nullable String referredTo, @Nullable String signpostTo, @Nullable String reason) { }

    @GetMapping("/cases/{caseId}/screening")
    String form(@PathVariable UUID caseId, @RequestParam(required = false) @Nullable String session,
                @RequestParam(required = false) @Nullable String item, Model model) {
        return show(model, caseId, new Form(null, null, Set.of(), null, null, null), new DecidingAtTheTable(session, item),
                Map.of());
    }

    @PostMapping("/cases/{caseId}/screening")
    String screen(@PathVariable UUID caseId, Actor actor, @RequestParam(required = false) @Nullable String decision,
                  @RequestParam(required = false) @Nullable String lead,
                  @RequestParam(required = false) @Nullable List<String> participants,
                  @RequestParam(required = false) @Nullable String referredTo,
                  @RequestParam(required = false) @Nullable String signpostTo,
                  @RequestParam(required = false) @Nullable String reason,
                  @RequestParam(required = false) @Nullable String session,
                  @RequestParam(required = false) @Nullable String item,
                  Model model, HttpServletResponse response) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Set<String> chosen = participants == null ? Set.of() : new TreeSet<>(participants);
        Form form = new Form(decision, lead, chosen, referredTo, signpostTo, reason);
        Map<String, String> problems = new LinkedHashMap<>();
        ScreeningDecision screening = decision(form, problems);
        if (problems.isEmpty()) {
            try {
                commands.send(table.message(new ScreenConcern(new CaseId(caseId), actor, screening, reviewInterval)));
                return table.redirect(caseId);
            } catch (RuntimeException failure) {
                var rule = TryAgain.causeOf(failure, RuleViolation.class);
                if (rule.isEmpty()) {
                    throw failure; // not allowed, not known: the error pages say so
                }
                if (rule.get().code().equals("concern-already-screened")) {
                    return table.redirect(caseId); // screened once; the case shows how
                }
                String sessionProblem = DecidingAtTheTable.sessionProblem(rule.get().code());
                problems.put("form", sessionProblem != null ? sessionProblem : "screen.problem." + rule.get().code());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, caseId, form, table, problems);
    }

    private static @Nullable ScreeningDecision decision(Form form, Map<String, String> problems) {
        try {
            if ("OPEN_CASE".equals(form.decision())) {
                if (form.lead() == null || form.lead().isBlank()) {
                    problems.put("lead", "screen.problem.lead");
                    return null;
                }
                Set<PartnerId> others = new TreeSet<>();
                form.participants().forEach(partner -> others.add(PartnerId.of(partner)));
                return new ScreeningDecision.OpenCase(PartnerId.of(form.lead()), others);
            }
            if ("REFER".equals(form.decision())) {
                PersonalText why = reason(form, problems);
                if (form.referredTo() == null || form.referredTo().isBlank()) {
                    problems.put("referredTo", "screen.problem.referredTo");
                }
                return problems.isEmpty() ? new ScreeningDecision.Refer(form.referredTo(), why) : null;
            }
            if ("ADVISE_ONLY".equals(form.decision())) {
                PersonalText advice = reason(form, problems);
                return advice == null ? null : new ScreeningDecision.AdviseOnly(advice);
            }
            if ("SIGNPOST".equals(form.decision())) {
                PersonalText feedback = reason(form, problems);
                if (form.signpostTo() == null || form.signpostTo().isBlank()) {
                    problems.put("signpostTo", "screen.problem.signpostTo");
                }
                return problems.isEmpty() ? new ScreeningDecision.Signpost(PartnerId.of(form.signpostTo()), feedback) : null;
            }
            if ("DISMISS".equals(form.decision())) {
                PersonalText why = reason(form, problems);
                return why == null ? null : new ScreeningDecision.Dismiss(why);
            }
            problems.put("decision", "screen.problem.decision");
        } catch (InvalidValue invalid) {
            problems.put(invalid.field().isEmpty() ? "form" : invalid.field(), "screen.problem.invalid");
        }
        return null;
    }

    private static @Nullable PersonalText reason(Form form, Map<String, String> problems) {
        try {
            return PersonalText.of(form.reason());
        } catch (InvalidValue invalid) {
            problems.put("reason", "screen.problem.reason");
            return null;
        }
    }

    private String show(Model model, UUID caseId, Form form, DecidingAtTheTable table,
                Map<String, String> problems) {
        model.addAttribute("table", table);
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("partners", directory.partners().stream().filter(DirectoryReader.Partner::active).toList());
        return "screen";
    }
}
