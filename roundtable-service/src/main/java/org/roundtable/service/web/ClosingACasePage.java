package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CloseCase;
import org.roundtable.core.cases.ClosingReport;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ExitCriteria;
import org.roundtable.core.cases.ReopenCase;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;

/**
 * Closing an open case, for the chair, with the reason (each explained in words), the closing report (the outcome
 * and whether the exit criteria were met), a note and reviews after closing (six and twelve months on, each
 * optional); reopening a
 * closed case, with the reason. Each form says what happens next, and carries a key made when it is shown:
 * sent again, it writes nothing again.
 */
@Controller
class ClosingACasePage {

    /** The reviews after closing a chair may tick: so many months on. */
    static final List<Integer> REVIEW_MONTHS = List.of(6, 12);

    private final OncePerForm commands;
    private final Clock clock;
    private final Period reviewInterval;

    ClosingACasePage(OncePerForm commands, Clock clock, RoundtableProperties properties) {
        this.commands = commands;
        this.clock = clock;
        this.reviewInterval = properties.reviews().interval();
    }

    /** What the chair chose and wrote, shown again with the problems. */
    record Form(String formKey, @Nullable String reason, @Nullable String note, @Nullable String outcome,
                @Nullable String exitCriteria, Set<Integer> reviewsAfter) {

        Form(String formKey, @Nullable String reason, @Nullable String note) {
            this(formKey, reason, note, null, null, Set.of());
        }
    }

    @GetMapping("/cases/{caseId}/closure")
    String closeForm(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String session,
                     @RequestParam(required = false) @Nullable String item, Model model) {
        requireChair(reader);
        return showClose(model, caseId, new Form(UUID.randomUUID().toString(), null, null),
                new DecidingAtTheTable(session, item), Map.of());
    }

    @PostMapping("/cases/{caseId}/closure")
    String close(@PathVariable UUID caseId, Actor actor, @RequestParam String formKey,
                 @RequestParam(required = false) @Nullable String reason,
                 @RequestParam(required = false) @Nullable String note,
                 @RequestParam(required = false) @Nullable String outcome,
                 @RequestParam(required = false) @Nullable String exitCriteria,
                 @RequestParam(required = false) @Nullable List<Integer> reviewsAfter,
                 @RequestParam(required = false) @Nullable String session,
                 @RequestParam(required = false) @Nullable String item,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Set<Integer> months = reviewsAfter == null ? Set.of()
                : reviewsAfter.stream().filter(REVIEW_MONTHS::contains).collect(Collectors.toCollection(TreeSet::new));
        Form form = new Form(formKey, reason, note, outcome, exitCriteria, months);
        Map<String, String> problems = new LinkedHashMap<>();
        ClosureReason why = null;
        try {
            why = ClosureReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException missing) {
            problems.put("reason", "close.problem.reason");
        }
        PersonalText result = null;
        try {
            result = PersonalText.of(outcome);
        } catch (InvalidValue missingOrTooLong) {
            problems.put("outcome", "close.problem.outcome");
        }
        ExitCriteria criteria = null;
        try {
            criteria = ExitCriteria.valueOf(exitCriteria == null ? "" : exitCriteria);
        } catch (IllegalArgumentException missing) {
            problems.put("exitCriteria", "close.problem.exitCriteria");
        }
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> reviews = months.stream().map(today::plusMonths).toList();
        PersonalText written = null;
        try {
            written = PersonalText.ofNullable(note);
        } catch (InvalidValue tooLong) {
            problems.put("note", "close.problem.note");
        }
        if (problems.isEmpty() && send(new CloseCase(new CaseId(caseId), actor, why, written,
                new ClosingReport(result, criteria), reviews), form, table, caseId,
                "/closure", "close.done", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showClose(model, caseId, form, table, problems);
    }

    @GetMapping("/cases/{caseId}/reopening")
    String reopenForm(@PathVariable UUID caseId, Reader reader, Model model) {
        requireChair(reader);
        return showReopen(model, caseId, new Form(UUID.randomUUID().toString(), null, null), Map.of());
    }

    @PostMapping("/cases/{caseId}/reopening")
    String reopen(@PathVariable UUID caseId, Actor actor, @RequestParam String formKey,
                  @RequestParam(required = false) @Nullable String reason,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = new Form(formKey, reason, null);
        Map<String, String> problems = new LinkedHashMap<>();
        PersonalText why = null;
        try {
            why = PersonalText.of(reason);
        } catch (InvalidValue missing) {
            problems.put("reason", "reopen.problem.reason");
        }
        if (problems.isEmpty() && send(new ReopenCase(new CaseId(caseId), actor, why, reviewInterval), form,
                new DecidingAtTheTable(null, null), caseId,
                "/reopening", "reopen.done", problems, redirect)) {
            return "redirect:/cases/" + caseId;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showReopen(model, caseId, form, problems);
    }

    /** Sends the command once per form; true when done now or before, false with the problem the case's rules found. */
    private boolean send(ActorCommand command, Form form, DecidingAtTheTable table, UUID caseId, String path,
                         String done, Map<String, String> problems, RedirectAttributes redirect) {
        var broken = commands.sendOrRuleBroken(command, table.decidedIn(), form.formKey(), "/cases/" + caseId + path,
                done, redirect);
        broken.ifPresent(problem -> problems.put("form", problem.equals("raise.problem.form") ? problem
                : DecidingAtTheTable.sessionProblem(problem) != null ? DecidingAtTheTable.sessionProblem(problem)
                : "decisions.problem." + problem));
        return broken.isEmpty();
    }

    /** The forms are for the chair; the case's rules decide again when one is sent. */
    private static void requireChair(Reader reader) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair closes and reopens cases");
        }
    }

    private static String showClose(Model model, UUID caseId, Form form, DecidingAtTheTable table,
                                    Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("table", table);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("criteria", ExitCriteria.values());
        model.addAttribute("reviewMonths", REVIEW_MONTHS);
        return "close";
    }

    private static String showReopen(Model model, UUID caseId, Form form, Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "reopen";
    }
}
