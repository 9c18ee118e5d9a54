package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.AcceptAction;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CancelAction;
import org.roundtable.core.cases.CaseCommand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ChangeActionDueDate;
import org.roundtable.core.cases.DeclineAction;
import org.roundtable.core.cases.ReassignAction;
import org.roundtable.core.cases.RecordActionProgress;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionItem;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of an action after it was assigned, one small form per step: the partner it is assigned to accepts it
 * (a button on its list of actions), declines it with a reason or notes its progress; the chair cancels it, hands
 * it to another partner taking part, or moves its due date, each with a reason. Each form is sent once
 * ({@link OncePerForm}) as the same case command the API sends; the case's rules decide, and a refusal is said in
 * words next to the field it concerns. A step's page shows the action as the case file does, and is recorded as a
 * look at the case file.
 */
@Controller
class ActionLifePage {

    /** A step of an action's life that takes words: the path of its form, and whose step it is. */
    enum Step {
        DECLINE("decline", false),
        PROGRESS("progress", false),
        CANCELLATION("cancellation", true),
        REASSIGNMENT("reassignment", true),
        DUE_DATE("due-date", true);

        final String path;
        final boolean chairs;

        Step(String path, boolean chairs) {
            this.path = path;
            this.chairs = chairs;
        }

        static Optional<Step> of(String path) {
            for (Step step : values()) {
                if (step.path.equals(path)) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }

        /** The message key prefix of the step's page: {@code actionLife.decline}, ... */
        String key() {
            return "actionLife." + switch (this) {
                case DECLINE -> "decline";
                case PROGRESS -> "progress";
                case CANCELLATION -> "cancel";
                case REASSIGNMENT -> "reassign";
                case DUE_DATE -> "dueDate";
            };
        }
    }

    /** What was typed, shown again with the problems. */
    record Form(String formKey, @Nullable String text, @Nullable String assignee, @Nullable String dueDate) { }

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final OncePerForm once;
    private final Clock clock;

    ActionLifePage(QueryGateway queries, AccessLog accessLog, OncePerForm once, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.once = once;
        this.clock = clock;
    }

    /** The partner takes the action on; sent again, nothing more happens. Back to its list of actions. */
    @PostMapping("/cases/{caseId}/actions/{actionId}/acceptance")
    String accept(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor, @RequestParam String formKey,
                  RedirectAttributes redirect) {
        String form = "/cases/" + caseId + "/actions/" + actionId + "/acceptance";
        try {
            if (once.carriedOut(new AcceptAction(new CaseId(caseId), new ActionId(actionId), actor), formKey, form)) {
                redirect.addFlashAttribute("notice", "actionLife.accepted");
            }
        } catch (RuntimeException failure) {
            var rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isEmpty()) {
                throw failure; // not allowed, not known: the error pages say so
            }
            redirect.addFlashAttribute("notice", "actionLife.problem." + rule.get().code());
        }
        return "redirect:/actions";
    }

    @GetMapping("/cases/{caseId}/actions/{actionId}/{step:decline|progress|cancellation|reassignment|due-date}")
    String form(@PathVariable UUID caseId, @PathVariable UUID actionId, @PathVariable String step, Reader reader,
                Locale locale, Model model, HttpServletResponse response) {
        return show(model, reader, locale, caseId, actionId, Step.of(step).orElseThrow(),
                new Form(OncePerForm.newKey(), null, null, null), Map.of(), response);
    }

    @PostMapping("/cases/{caseId}/actions/{actionId}/{step:decline|progress|cancellation|reassignment|due-date}")
    String send(@PathVariable UUID caseId, @PathVariable UUID actionId, @PathVariable String step, Actor actor,
                Reader reader, @RequestParam(required = false) @Nullable String formKey,
                @RequestParam(required = false) @Nullable String text,
                @RequestParam(required = false) @Nullable String assignee,
                @RequestParam(required = false) @Nullable String dueDate,
                Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Step chosen = Step.of(step).orElseThrow();
        Form form = new Form(formKey == null ? "" : formKey, text, assignee, dueDate);
        Map<String, String> problems = new LinkedHashMap<>();
        CaseCommand command = command(new CaseId(caseId), new ActionId(actionId), actor, chosen, form, problems);
        if (command != null) {
            String path = "/cases/" + caseId + "/actions/" + actionId + "/" + chosen.path;
            try {
                if (once.carriedOut(command, form.formKey(), path)) {
                    redirect.addFlashAttribute("notice", chosen.key() + ".done");
                    return chosen.chairs ? "redirect:/cases/" + caseId : "redirect:/actions";
                }
                problems.put("form", "raise.problem.form");
            } catch (RuntimeException failure) {
                var rule = TryAgain.causeOf(failure, RuleViolation.class);
                if (rule.isEmpty()) {
                    throw failure; // not allowed, not known: the error pages say so
                }
                String code = rule.get().code();
                problems.put(switch (code) {
                    case "due-date-in-past", "same-due-date" -> "dueDate";
                    case "same-assignee", "not-a-participant", "not-a-registered-partner" -> "assignee";
                    default -> "form";
                }, "actionLife.problem." + code);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(model, reader, locale, caseId, actionId, chosen, form, problems, response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, reader, locale, caseId, actionId, chosen, form, problems, response);
    }

    /** The command the form asks for, or null with the problems of what is missing or malformed. */
    private static @Nullable CaseCommand command(CaseId caseId, ActionId actionId, Actor actor, Step step, Form form,
                                                 Map<String, String> problems) {
        PartnerId partner = null;
        if (step == Step.REASSIGNMENT) {
            try {
                partner = PartnerId.of(form.assignee() == null ? "" : form.assignee());
            } catch (InvalidValue | IllegalArgumentException missing) {
                problems.put("assignee", "actionLife.problem.assignee");
            }
        }
        LocalDate due = null;
        if (step == Step.DUE_DATE) {
            try {
                due = LocalDate.parse(form.dueDate() == null ? "" : form.dueDate());
            } catch (DateTimeParseException missing) {
                problems.put("dueDate", "actionLife.problem.dueDate");
            }
        }
        PersonalText words = null;
        try {
            words = PersonalText.of(form.text());
        } catch (InvalidValue invalid) {
            problems.put("text", step.key() + ".problem.text");
        }
        if (!OncePerForm.isKey(form.formKey())) {
            problems.put("form", "raise.problem.form");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return switch (step) {
            case DECLINE -> new DeclineAction(caseId, actionId, actor, words);
            case PROGRESS -> new RecordActionProgress(caseId, actionId, actor, words);
            case CANCELLATION -> new CancelAction(caseId, actionId, actor, words);
            case REASSIGNMENT -> new ReassignAction(caseId, actionId, actor, partner, words);
            case DUE_DATE -> new ChangeActionDueDate(caseId, actionId, actor, due, words);
        };
    }

    /** The step's form with the action as the reader sees it in the case file, recorded as a look at the case file. */
    private String show(Model model, Reader reader, Locale locale, UUID caseId, UUID actionId, Step step, Form form,
                        Map<String, String> problems, HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, null);
        Optional<CaseDetail> found = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        Optional<ActionItem> action = found.flatMap(detail -> detail.actions().stream()
                .filter(item -> item.actionId().value().equals(actionId)).findFirst());
        if (action.isEmpty()) {
            accessLog.refused(reader, Look.CASE_FILE, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        CaseDetail detail = found.get();
        accessLog.shown(reader, Look.CASE_FILE, id, why, List.of());
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("caseNumber", detail.caseNumber().value());
        model.addAttribute("action", action.get());
        model.addAttribute("others", detail.participants().stream()
                .filter(partner -> !partner.equals(action.get().assignee())).toList());
        model.addAttribute("step", step.path);
        model.addAttribute("key", step.key());
        model.addAttribute("back", step.chairs ? "/cases/" + caseId : "/actions");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()));
        return "action-life";
    }
}
