package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.cases.RecordPostClosureReview;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A review after closing, for the chair: once a review planned when the case closed has fallen due, the case page
 * links here, and the chair records what the round table found and whether the case gives cause for concern again.
 * The case stays closed either way; with concern again the case page says so, next to the chair's reopening button.
 * The form carries a key made when it is shown: sent again, it writes nothing again.
 */
@Controller
class ReviewingAClosedCasePage {

    private final OncePerForm commands;

    ReviewingAClosedCasePage(OncePerForm commands) {
        this.commands = commands;
    }

    /** What the chair wrote and chose, shown again with the problems. */
    record Form(String formKey, @Nullable String note, @Nullable String outcome) { }

    @GetMapping("/cases/{caseId}/post-closure-reviews/new")
    String form(@PathVariable UUID caseId, Reader reader, Model model) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair records a review after closing");
        }
        return show(model, caseId, new Form(OncePerForm.newKey(), null, null), Map.of());
    }

    @PostMapping("/cases/{caseId}/post-closure-reviews")
    String record(@PathVariable UUID caseId, Actor actor, @RequestParam String formKey,
                  @RequestParam(required = false) @Nullable String note,
                  @RequestParam(required = false) @Nullable String outcome,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = new Form(formKey, note, outcome);
        Map<String, String> problems = new LinkedHashMap<>();
        PersonalText written = null;
        try {
            written = PersonalText.of(note);
        } catch (InvalidValue missingOrTooLong) {
            problems.put("note", "postClosureReview.problem.note");
        }
        PostClosureReviewOutcome found = Arrays.stream(PostClosureReviewOutcome.values())
                .filter(value -> value.name().equals(outcome)).findFirst().orElse(null);
        if (found == null) {
            problems.put("outcome", "postClosureReview.problem.outcome");
        }
        if (problems.isEmpty()) {
            String done = found == PostClosureReviewOutcome.CONCERN_AGAIN
                    ? "postClosureReview.done.concernAgain" : "postClosureReview.done";
            var broken = commands.sendOrRuleBroken(new RecordPostClosureReview(new CaseId(caseId), actor, written, found),
                    formKey, "/cases/" + caseId + "/post-closure-reviews", done, redirect);
            if (broken.isEmpty()) {
                return "redirect:/cases/" + caseId;
            }
            problems.put("form", broken.get().equals("raise.problem.form") ? broken.get()
                    : "postClosureReview.problem." + broken.get());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, caseId, form, problems);
    }

    private static String show(Model model, UUID caseId, Form form, Map<String, String> problems) {
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("form", form);
        model.addAttribute("outcomes", PostClosureReviewOutcome.values());
        model.addAttribute("problems", problems);
        return "post-closure-review";
    }
}
