package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.RaiseConcern;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.Actor;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.storage.CaseNumbers;
import org.roundtable.service.storage.RepeatConcerns;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Raising a concern, for a partner's representative: a guided form whose every problem is said in words next
 * to its field. The form carries the new case's id, made when the form is shown: sending it twice (a double
 * click, a resubmitted form) raises one concern, and the second answer leads to it.
 */
@Controller
class RaiseConcernPage {

    private final CommandDispatcher commands;
    private final CaseNumbers caseNumbers;
    private final RepeatConcerns repeats;

    RaiseConcernPage(CommandDispatcher commands, CaseNumbers caseNumbers, RepeatConcerns repeats) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.repeats = repeats;
    }

    /** What the person typed, shown again with the problems. */
    record Form(String caseId, @Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                @Nullable String ageBand, @Nullable String summary, @Nullable String urgency, @Nullable String category) { }

    @GetMapping("/concerns/new")
    String form(Actor actor, Model model) {
        return show(model, actor, new Form(UUID.randomUUID().toString(), null, null, null, null, null, null, null),
                Map.of());
    }

    @PostMapping("/concerns")
    String raise(Actor actor, @RequestParam String caseId, @RequestParam(required = false) @Nullable String givenName,
                 @RequestParam(required = false) @Nullable String familyName,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
                 @RequestParam(required = false) @Nullable String ageBand,
                 @RequestParam(required = false) @Nullable String summary,
                 @RequestParam(required = false) @Nullable String urgency,
                 @RequestParam(required = false) @Nullable String category,
                 Model model, HttpServletResponse response) {
        Form form = new Form(caseId, givenName, familyName, dateOfBirth, ageBand, summary, urgency, category);
        Map<String, String> problems = new LinkedHashMap<>();
        SubjectIdentity subject = null;
        try {
            subject = SubjectIdentity.of(givenName, familyName, dateOfBirth, blank(ageBand) ? null : AgeBand.valueOf(ageBand));
        } catch (InvalidValue | IllegalArgumentException invalid) {
            problems.put("subject", "raise.problem.subject");
        }
        PersonalText text = null;
        try {
            text = PersonalText.of(summary);
        } catch (InvalidValue invalid) {
            problems.put("summary", "raise.problem.summary");
        }
        Urgency how = parse(Urgency.class, urgency, "urgency", problems);
        ConcernCategory what = parse(ConcernCategory.class, category, "category", problems);
        CaseId id;
        try {
            id = new CaseId(UUID.fromString(caseId));
        } catch (IllegalArgumentException tampered) {
            problems.put("form", "raise.problem.form");
            id = null;
        }
        if (problems.isEmpty()) {
            try {
                commands.send(new RaiseConcern(id, caseNumbers.next(), actor, subject, text, how, what,
                        repeats.earlierCaseOf(subject).orElse(null)));
                return "redirect:/cases/" + id.value();
            } catch (RuntimeException failure) {
                if (TryAgain.causeOf(failure, AggregateStreamCreationException.class).isPresent()) {
                    return "redirect:/cases/" + id.value(); // sent before: the concern is raised once
                }
                if (TryAgain.causeOf(failure, NotAllowed.class).isPresent()) {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return show(model, actor, form, Map.of("form", "raise.problem.notRepresentative"));
                }
                if (TryAgain.causeOf(failure, InvalidValue.class).isPresent()) {
                    problems.put("dateOfBirth", "raise.problem.dateOfBirth"); // the one rule checked against today
                } else if (TryAgain.causeOf(failure, RuleViolation.class).isPresent()) {
                    problems.put("form", "raise.problem.partnerLeft");
                } else {
                    throw failure;
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, actor, form, problems);
    }

    private String show(Model model, Actor actor, Form form, Map<String, String> problems) {
        model.addAttribute("person", actor.person().value());
        model.addAttribute("mayRaise", actor.holds(Role.PARTNER));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("categories", ConcernCategory.values());
        return "raise";
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
                                                        Map<String, String> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException missing) {
            problems.put(field, "raise.problem." + field);
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
