package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.AddParticipant;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ChangeLead;
import org.roundtable.core.cases.RemoveParticipant;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.directory.DirectoryReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who takes part in an open case and who leads it, for the chair: hand the lead to another participating partner,
 * bring a partner of the round table in, take one out with the reason. Opened from a session's run-sheet, each
 * change is a decision taken at that table ({@link DecidingAtTheTable}) and the chair goes back to the item; from
 * the case page, it is the chair's own. Each form carries a key made when it is shown: sent again, it changes
 * nothing again. The case's rules decide (a lead that does not take part, a partner with open actions); the page
 * says in words which form a refusal concerns.
 */
@Controller
class ParticipantsPage {

    private final OncePerForm commands;
    private final CaseFileLook caseFile;
    private final DirectoryReader directory;

    ParticipantsPage(OncePerForm commands, CaseFileLook caseFile, DirectoryReader directory) {
        this.commands = commands;
        this.caseFile = caseFile;
        this.directory = directory;
    }

    /** What the chair chose and wrote in one of the forms, shown again with the problems. */
    record Typed(@Nullable String lead, @Nullable String partner, @Nullable String removed, @Nullable String reason) {

        static final Typed NOTHING = new Typed(null, null, null, null);
    }

    @GetMapping("/cases/{caseId}/participants")
    String page(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String session,
                @RequestParam(required = false) @Nullable String item, Model model, HttpServletResponse response) {
        return show(model, reader, caseId, new DecidingAtTheTable(session, item), Typed.NOTHING, Map.of(), response);
    }

    @PostMapping("/cases/{caseId}/lead")
    String changeLead(@PathVariable UUID caseId, Actor actor, Reader reader, @RequestParam String formKey,
                      @RequestParam(required = false) @Nullable String lead,
                      @RequestParam(required = false) @Nullable String session,
                      @RequestParam(required = false) @Nullable String item,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Typed typed = new Typed(lead, null, null, null);
        Map<String, String> problems = new LinkedHashMap<>();
        PartnerId partner = partner(lead, "lead", problems);
        if (problems.isEmpty() && send(new ChangeLead(new CaseId(caseId), actor, partner), table, formKey, caseId,
                "/lead", "participants.lead.done", "lead", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, reader, caseId, table, typed, problems, response);
    }

    @PostMapping("/cases/{caseId}/participants")
    String add(@PathVariable UUID caseId, Actor actor, Reader reader, @RequestParam String formKey,
               @RequestParam(required = false) @Nullable String partner,
               @RequestParam(required = false) @Nullable String session,
               @RequestParam(required = false) @Nullable String item,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Typed typed = new Typed(null, partner, null, null);
        Map<String, String> problems = new LinkedHashMap<>();
        PartnerId added = partner(partner, "partner", problems);
        if (problems.isEmpty() && send(new AddParticipant(new CaseId(caseId), actor, added), table, formKey, caseId,
                "/participants", "participants.add.done", "partner", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, reader, caseId, table, typed, problems, response);
    }

    @PostMapping("/cases/{caseId}/participants/removal")
    String remove(@PathVariable UUID caseId, Actor actor, Reader reader, @RequestParam String formKey,
                  @RequestParam(required = false) @Nullable String removed,
                  @RequestParam(required = false) @Nullable String reason,
                  @RequestParam(required = false) @Nullable String session,
                  @RequestParam(required = false) @Nullable String item,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DecidingAtTheTable table = new DecidingAtTheTable(session, item);
        Typed typed = new Typed(null, null, removed, reason);
        Map<String, String> problems = new LinkedHashMap<>();
        PartnerId partner = partner(removed, "removed", problems);
        PersonalText why = null;
        try {
            why = PersonalText.of(reason);
        } catch (InvalidValue missingOrTooLong) {
            problems.put("reason", "participants.problem.reason");
        }
        if (problems.isEmpty() && send(new RemoveParticipant(new CaseId(caseId), actor, partner, why), table, formKey,
                caseId, "/participants/removal", "participants.remove.done", "removed", problems, redirect)) {
            return table.redirect(caseId);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, reader, caseId, table, typed, problems, response);
    }

    private static @Nullable PartnerId partner(@Nullable String chosen, String field, Map<String, String> problems) {
        try {
            return PartnerId.of(chosen == null ? "" : chosen);
        } catch (InvalidValue missing) {
            problems.put(field, "participants.problem." + field);
            return null;
        }
    }

    /**
     * Sends the command once per form; true when done now or before, false with the problem: the session's own
     * refusal, or the case's rule, shown beside the form it concerns.
     */
    private boolean send(ActorCommand command, DecidingAtTheTable table, String formKey, UUID caseId, String path,
                         String done, String field, Map<String, String> problems, RedirectAttributes redirect) {
        var broken = commands.sendOrRuleBroken(command, table.decidedIn(), formKey, "/cases/" + caseId + path, done,
                redirect);
        broken.ifPresent(code -> {
            String sessionProblem = DecidingAtTheTable.sessionProblem(code);
            if (code.equals("raise.problem.form") || sessionProblem != null) {
                problems.put("form", sessionProblem != null ? sessionProblem : code);
            } else {
                problems.put(field, "participants.problem." + code);
            }
        });
        return broken.isEmpty();
    }

    /** The case's lead and participants, and the partners that may join: a look at the case, recorded. */
    private String show(Model model, Reader reader, UUID caseId, DecidingAtTheTable table, Typed typed,
                        Map<String, String> problems, HttpServletResponse response) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair changes who takes part in a case");
        }
        Optional<CaseDetail> found = caseFile.shown(reader, new CaseId(caseId), detail -> List.of());
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        CaseDetail detail = found.get();
        List<DirectoryReader.Partner> others = directory.partners().stream()
                .filter(DirectoryReader.Partner::active)
                .filter(partner -> !detail.participants().contains(partner.partner()))
                .toList();
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("caseNumber", detail.caseNumber().value());
        model.addAttribute("open", detail.status() == CaseStatus.OPEN);
        model.addAttribute("lead", detail.lead());
        model.addAttribute("participants", detail.participants());
        model.addAttribute("others", others);
        model.addAttribute("table", table);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("keys", new RunSheetPage.FormKeys());
        return "participants";
    }
}
