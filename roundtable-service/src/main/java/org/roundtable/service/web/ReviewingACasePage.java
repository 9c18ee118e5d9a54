package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.RecordReview;
import org.roundtable.core.cases.ScheduleReview;
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

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A case's reviews, for the chair: recording that the round table reviewed an open case today, with a note and
 * optionally the day of the next review (else after the round table's interval); and moving the next review to
 * another day. Each form carries a key made when it is shown: sent again, it writes nothing again.
 */
@Controller
class ReviewingACasePage {

    private final OncePerForm commands;
    private final Period reviewInterval;

    ReviewingACasePage(OncePerForm commands, RoundtableProperties properties) {
        this.commands = commands;
        this.reviewInterval = properties.reviews().interval();
    }

    /** What the chair wrote, shown again with the problems. */
    record Form(String formKey, @Nullable String note, @Nullable String day) { }

    @GetMapping("/cases/{caseId}/reviews/new")
    String reviewForm(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String session,
                      @RequestParam(required = false) @Nullable String item, Model model) {
        requireChair(reader);
        return show("review", model, caseId, new Form(UUID.randomUUID().toString(), null, null),
                new DecidingAtTheTable(session, item), Map.of());
    }

    @PostMapping("/cases/{caseId}/reviews")
    String recordReview(@PathVariable UUID caseId, Actor actor, @RequestParam String formKey,
                        @RequestParam(required = false) @Nullable String note,
                        @RequestParam(required = false) @Nullable String nextReviewOn,
                        @RequestParam(required = false) @Nullable String session,
                        @RequestParam(required = false) @Nullable String item,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = new Form(formKey, note, nextReviewOn);
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Map<String, String> problems = new LinkedHashMap<>();
        PersonalText written = null;
        try {
            written = PersonalText.of(note);
        } catch (InvalidValue missingOrTooLong) {
            problems.put("note", "review.problem.note");
        }
        LocalDate next = null;
        if (nextReviewOn != null && !nextReviewOn.isBlank()) {
            next = day(nextReviewOn, "nextReviewOn", problems);
        }
        if (problems.isEmpty() && send(new RecordReview(new CaseId(caseId), actor, written, next, reviewInterval),
                form, table, caseId, "/reviews", "review.done", "nextReviewOn", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show("review", model, caseId, form, table, problems);
    }

    @GetMapping("/cases/{caseId}/review-date")
    String dateForm(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String session,
                    @RequestParam(required = false) @Nullable String item, Model model) {
        requireChair(reader);
        return show("review-date", model, caseId, new Form(UUID.randomUUID().toString(), null, null),
                new DecidingAtTheTable(session, item), Map.of());
    }

    @PostMapping("/cases/{caseId}/review-date")
    String scheduleReview(@PathVariable UUID caseId, Actor actor, @RequestParam String formKey,
                          @RequestParam(required = false) @Nullable String dueOn,
                          @RequestParam(required = false) @Nullable String session,
                          @RequestParam(required = false) @Nullable String item,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = new Form(formKey, null, dueOn);
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = day(dueOn, "dueOn", problems);
        if (problems.isEmpty() && send(new ScheduleReview(new CaseId(caseId), actor, day), form, table, caseId,
                "/review-date", "reviewDate.done", "dueOn", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show("review-date", model, caseId, form, table, problems);
    }

    private static @Nullable LocalDate day(@Nullable String typed, String field, Map<String, String> problems) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.trim());
        } catch (DateTimeParseException malformed) {
            problems.put(field, "review.problem.day");
            return null;
        }
    }

    /**
     * Sends the command once per form; true when done now or before, false with the problem the case's rules found
     * (a day in the past is the date field's problem).
     */
    private boolean send(ActorCommand command, Form form, DecidingAtTheTable table, UUID caseId, String path, String done,
                         String dayField, Map<String, String> problems, RedirectAttributes redirect) {
        var broken = commands.sendOrRuleBroken(command, table.decidedIn(), form.formKey(), "/cases/" + caseId + path,
                done, redirect);
        broken.ifPresent(code -> {
            if (code.equals("raise.problem.form")) {
                problems.put("form", code);
            } else if (DecidingAtTheTable.sessionProblem(code) != null) {
                problems.put("form", DecidingAtTheTable.sessionProblem(code));
            } else {
                problems.put(code.equals("review-date-in-past") || code.equals("same-review-date") ? dayField : "form",
                        "review.problem." + code);
            }
        });
        return broken.isEmpty();
    }

    /** The forms are for the chair; the case's rules decide again when one is sent. */
    private static void requireChair(Reader reader) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair records and plans a case's reviews");
        }
    }

    private static String show(String page, Model model, UUID caseId, Form form, DecidingAtTheTable table,
                               Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("table", table);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return page;
    }
}
