package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AssignAction;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Assigning an action, for the chair, in an open case: to a partner taking part, what is to be done, by when,
 * relying on which of the information the chair sees. The form shows that information, so it is a look at the
 * case, recorded as the case file is. It carries the action's id, made when it is shown: sent twice, it
 * assigns the action once. The case's rules decide (a due date in the past, a withdrawn item); the page says
 * in words which field a refusal concerns.
 */
@Controller
class AssignActionPage {

    private final CommandDispatcher commands;
    private final CaseFileLook caseFile;

    AssignActionPage(CommandDispatcher commands, CaseFileLook caseFile) {
        this.commands = commands;
        this.caseFile = caseFile;
    }

    /** What the chair chose, shown again with the problems. */
    record Form(String actionId, @Nullable String assignee, @Nullable String description, @Nullable String dueDate,
                Set<String> reliesOn) { }

    @GetMapping("/cases/{caseId}/actions/new")
    String form(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String session,
                @RequestParam(required = false) @Nullable String item, Model model, HttpServletResponse response) {
        return show(model, reader, caseId, new Form(UUID.randomUUID().toString(), null, null, null, Set.of()),
                new DecidingAtTheTable(session, item), Map.of(), response);
    }

    @PostMapping("/cases/{caseId}/actions")
    String assign(@PathVariable UUID caseId, Actor actor, Reader reader, @RequestParam String actionId,
                  @RequestParam(required = false) @Nullable String assignee,
                  @RequestParam(required = false) @Nullable String description,
                  @RequestParam(required = false) @Nullable String dueDate,
                  @RequestParam(required = false) @Nullable List<String> reliesOn,
                  @RequestParam(required = false) @Nullable String session,
                  @RequestParam(required = false) @Nullable String item,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Form form = new Form(actionId, assignee, description, dueDate,
                reliesOn == null ? Set.of() : new LinkedHashSet<>(reliesOn));
        Map<String, String> problems = new LinkedHashMap<>();
        AssignAction command = command(caseId, actor, form, problems);
        if (command != null) {
            try {
                commands.send(table.message(command));
                redirect.addFlashAttribute("notice", "assign.done");
                return table.redirect(caseId);
            } catch (RuntimeException failure) {
                var rule = TryAgain.causeOf(failure, RuleViolation.class);
                if (rule.isEmpty()) {
                    throw failure; // not allowed, not known: the error pages say so
                }
                String code = rule.get().code();
                if (code.equals("action-already-assigned")) {
                    return table.redirect(caseId); // sent before: assigned once
                }
                String sessionProblem = DecidingAtTheTable.sessionProblem(code);
                problems.put(sessionProblem != null ? "form" : switch (code) {
                    case "due-date-in-past" -> "dueDate";
                    case "information-withdrawn" -> "reliesOn";
                    case "not-a-participant", "not-a-registered-partner" -> "assignee";
                    default -> "form";
                }, sessionProblem != null ? sessionProblem : "assign.problem." + code);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, reader, caseId, form, table, problems, response);
    }

    /** The command the form asks for, or null with the problems of what is missing or malformed. */
    private static @Nullable AssignAction command(UUID caseId, Actor actor, Form form, Map<String, String> problems) {
        PartnerId assignee = null;
        if (form.assignee() == null || form.assignee().isBlank()) {
            problems.put("assignee", "assign.problem.assignee");
        } else {
            try {
                assignee = PartnerId.of(form.assignee());
            } catch (InvalidValue invalid) {
                problems.put("assignee", "assign.problem.assignee");
            }
        }
        PersonalText what = null;
        try {
            what = PersonalText.of(form.description());
        } catch (InvalidValue invalid) {
            problems.put("description", "assign.problem.description");
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(form.dueDate() == null ? "" : form.dueDate());
        } catch (DateTimeParseException missing) {
            problems.put("dueDate", "assign.problem.dueDate");
        }
        try {
            ActionId id = new ActionId(UUID.fromString(form.actionId()));
            Set<InformationId> items = new LinkedHashSet<>();
            form.reliesOn().forEach(item -> items.add(new InformationId(UUID.fromString(item))));
            return problems.isEmpty() ? new AssignAction(new CaseId(caseId), id, actor, assignee, what, due, items) : null;
        } catch (IllegalArgumentException tampered) {
            problems.put("form", "raise.problem.form");
            return null;
        }
    }

    /** The form with the case's participants and the items the chair sees, recorded as a look at the case. */
    private String show(Model model, Reader reader, UUID caseId, Form form, DecidingAtTheTable table,
                        Map<String, String> problems, HttpServletResponse response) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair assigns actions");
        }
        Optional<CaseDetail> found = caseFile.shown(reader, new CaseId(caseId),
                detail -> detail.information().stream().map(InformationItem::informationId).toList());
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        CaseDetail detail = found.get();
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("caseNumber", detail.caseNumber().value());
        model.addAttribute("participants", detail.participants());
        model.addAttribute("items", detail.information());
        model.addAttribute("form", form);
        model.addAttribute("table", table);
        model.addAttribute("problems", problems);
        return "assign";
    }
}
