package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sessions.AcceptProposedAgenda;
import org.roundtable.core.sessions.AddAgendaItem;
import org.roundtable.core.sessions.AgendaEntry;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AgendaPurpose;
import org.roundtable.core.sessions.Attendance;
import org.roundtable.core.sessions.CancelSession;
import org.roundtable.core.sessions.CarriedForward;
import org.roundtable.core.sessions.CarryForwardReason;
import org.roundtable.core.sessions.CloseSession;
import org.roundtable.core.sessions.CorrectMinutes;
import org.roundtable.core.sessions.DropAgendaItem;
import org.roundtable.core.sessions.RecordAttendance;
import org.roundtable.core.sessions.RecordConfidentialityAgreement;
import org.roundtable.core.sessions.RecordItemNote;
import org.roundtable.core.sessions.ReorderAgenda;
import org.roundtable.core.sessions.RescheduleSession;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.projections.directory.FindPartners;
import org.roundtable.projections.directory.PartnerSummary;
import org.roundtable.projections.sessions.AgendaItemView;
import org.roundtable.projections.sessions.AgendaProposal;
import org.roundtable.projections.sessions.AttendanceView;
import org.roundtable.projections.sessions.ConfidentialityAgreement;
import org.roundtable.projections.sessions.FindAgendaProposal;
import org.roundtable.projections.sessions.ProposedEntry;
import org.roundtable.projections.sessions.SessionView;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One session's page. For the chair, the run-sheet: the agenda with each item's suggested minutes and the clock
 * time it comes up, the proposal to accept, items to add, drop and move, each partner's attendance, the
 * confidentiality statement agreed per person at the table, notes per item, closing (each action still open in a
 * case on the agenda carried forward to the next agenda, with a reason), and after closing the
 * corrections. For a partner's representative, exactly what {@code GET /api/sessions/{sessionId}} gives it:
 * when, where, attendance, and the items about its cases with their notes and the actions carried forward. Read
 * and recorded as that API read;
 * a compliance reviewer states a purpose first. Every form is sent once ({@link OncePerForm}); the session's
 * rules decide, and the page says in words, next to the form concerned, why it refused.
 */
@Controller
class RunSheetPage {

    private final SessionReads sessions;
    private final OncePerForm once;
    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final RoundtableProperties properties;
    private final Clock clock;
    private final DecisionWords decisionWords;
    private final CarryingForward carrying;

    RunSheetPage(SessionReads sessions, OncePerForm once, QueryGateway queries, AccessLog accessLog,
                 RoundtableProperties properties, Clock clock, DecisionWords decisionWords, CarryingForward carrying) {
        this.clock = clock;
        this.decisionWords = decisionWords;
        this.sessions = sessions;
        this.once = once;
        this.queries = queries;
        this.accessLog = accessLog;
        this.properties = properties;
        this.carrying = carrying;
    }

    /** Makes a key for each form the page shows. */
    public static final class FormKeys {
        public String next() {
            return OncePerForm.newKey();
        }
    }

    /** An item still on the agenda, with the clock time it comes up (start plus the minutes before it). */
    record ItemLine(AgendaItemView item, String clock, boolean first, boolean last) { }

    /** A partner of the round table on the run-sheet: its attendance (null until recorded) and its representatives. */
    record PartnerLine(PartnerId partnerId, String name, @Nullable AttendanceView attendance, List<PersonId> representatives) { }

    /** A person at the table, and when they agreed to the statement (null while they have not). */
    record AtTheTable(PartnerId partner, PersonId person, @Nullable Instant agreedAt) { }

    @GetMapping("/sessions/{sessionId}")
    String session(@PathVariable UUID sessionId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                   Locale locale, Model model) {
        return show(reader, sessionId, purpose, Map.of(), Map.of(), locale, model, "run-sheet");
    }

    @GetMapping("/sessions/{sessionId}/minutes")
    String minutes(@PathVariable UUID sessionId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                   Locale locale, Model model) {
        return show(reader, sessionId, purpose, Map.of(), Map.of(), locale, model, "minutes");
    }

    @PostMapping("/sessions/{sessionId}/rescheduling")
    String reschedule(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                      @RequestParam(required = false) @Nullable String startsAt,
                      @RequestParam(required = false) @Nullable String place,
                      @RequestParam(required = false) @Nullable String videoLink,
                      Locale locale, Model model, HttpServletResponse response) {
        SessionsPage.When when = new SessionsPage.When(formKey, startsAt, place, videoLink);
        Map<String, String> problems = new LinkedHashMap<>();
        Instant start = when.start(properties.timeZone(), problems);
        Venue venue = when.venue(problems);
        Map<String, String> typed = new HashMap<>();
        typed.put("startsAt", startsAt);
        typed.put("place", place);
        typed.put("videoLink", videoLink);
        if (!problems.isEmpty()) {
            return refused(reader, sessionId, problems, typed, locale, model, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new RescheduleSession(new SessionId(sessionId), actor, start, venue), formKey,
                "/sessions/" + sessionId + "/rescheduling", "startsAt", reader, sessionId, typed, locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/cancellation")
    String cancel(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                  @RequestParam(required = false) @Nullable String reason, Locale locale, Model model,
                  HttpServletResponse response) {
        Map<String, String> typed = new HashMap<>();
        typed.put("reason", reason);
        PersonalText why = text(reason);
        if (why == null) {
            return refused(reader, sessionId, Map.of("reason", "sessions.problem.reason"), typed, locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new CancelSession(new SessionId(sessionId), actor, why), formKey,
                "/sessions/" + sessionId + "/cancellation", "reason", reader, sessionId, typed, locale, model, response);
    }

    /** The entries of the proposal the chair keeps, each sent as {@code caseId/PURPOSE/minutes}. */
    @PostMapping("/sessions/{sessionId}/agenda")
    String accept(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                  @RequestParam(required = false) @Nullable List<String> entry, Locale locale, Model model,
                  HttpServletResponse response) {
        List<AgendaEntry> entries = new ArrayList<>();
        try {
            for (String chosen : entry == null ? List.<String>of() : entry) {
                String[] parts = chosen.split("/");
                entries.add(AgendaEntry.of(AgendaItemId.random(), new CaseId(UUID.fromString(parts[0])),
                        AgendaPurpose.valueOf(parts[1]), Integer.parseInt(parts[2])));
            }
        } catch (RuntimeException tampered) {
            return refused(reader, sessionId, Map.of("accept", "sessions.problem.form"), Map.of(), locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        if (entries.isEmpty()) {
            return refused(reader, sessionId, Map.of("accept", "sessions.problem.accept"), Map.of(), locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new AcceptProposedAgenda(new SessionId(sessionId), actor, entries), formKey,
                "/sessions/" + sessionId + "/agenda", "accept", reader, sessionId, Map.of(), locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/agenda/items")
    String add(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
               @RequestParam(required = false) @Nullable String caseId,
               @RequestParam(required = false) @Nullable String purpose,
               @RequestParam(required = false) @Nullable String minutes, Locale locale, Model model,
               HttpServletResponse response) {
        Map<String, String> typed = new HashMap<>();
        typed.put("caseId", caseId);
        typed.put("purpose", purpose);
        typed.put("minutes", minutes);
        Map<String, String> problems = new LinkedHashMap<>();
        CaseId theCase = null;
        try {
            theCase = new CaseId(UUID.fromString(caseId == null ? "" : caseId));
        } catch (IllegalArgumentException missing) {
            problems.put("caseId", "sessions.problem.caseId");
        }
        AgendaPurpose why = null;
        try {
            why = AgendaPurpose.valueOf(purpose == null ? "" : purpose);
        } catch (IllegalArgumentException missing) {
            problems.put("purpose", "sessions.problem.purpose");
        }
        int length = 0;
        try {
            length = Integer.parseInt(minutes == null ? "" : minutes.strip());
            AgendaEntry.of(AgendaItemId.random(), new CaseId(UUID.randomUUID()), AgendaPurpose.DISCUSSION, length);
        } catch (NumberFormatException | InvalidValue wrong) {
            problems.put("minutes", "sessions.problem.minutes");
        }
        if (theCase != null && reader.holds(Role.CHAIR) && queries.query(new FindCaseDetail(reader, theCase),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join().isEmpty()) {
            problems.put("caseId", "sessions.problem.caseId");
        }
        if (!problems.isEmpty()) {
            return refused(reader, sessionId, problems, typed, locale, model, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new AddAgendaItem(new SessionId(sessionId), actor,
                        AgendaEntry.of(AgendaItemId.random(), theCase, why, length)), formKey,
                "/sessions/" + sessionId + "/agenda/items", "caseId", reader, sessionId, typed, locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/agenda/items/{itemId}/removal")
    String drop(@PathVariable UUID sessionId, @PathVariable UUID itemId, Actor actor, Reader reader,
                @RequestParam(defaultValue = "") String formKey, Locale locale, Model model, HttpServletResponse response) {
        return carryOut(new DropAgendaItem(new SessionId(sessionId), actor, new AgendaItemId(itemId)), formKey,
                "/sessions/" + sessionId + "/agenda/items/" + itemId + "/removal", "item-" + itemId,
                reader, sessionId, Map.of(), locale, model, response);
    }

    /** Moves an item one place up or down; the new order is the agenda as it stands with the item moved. */
    @PostMapping("/sessions/{sessionId}/agenda/items/{itemId}/move")
    String move(@PathVariable UUID sessionId, @PathVariable UUID itemId, Actor actor, Reader reader,
                @RequestParam(defaultValue = "") String formKey, @RequestParam(defaultValue = "") String direction,
                Locale locale, Model model, HttpServletResponse response) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "only the chair sets the agenda");
        }
        SessionView session = sessions.sessionUnrecorded(reader, new SessionId(sessionId));
        List<AgendaItemId> order = new ArrayList<>(session.agenda().stream().filter(item -> !item.dropped())
                .map(AgendaItemView::itemId).toList());
        int at = order.indexOf(new AgendaItemId(itemId));
        if (at < 0) {
            throw new UnknownItem("unknown-agenda-item", "the agenda has no such item");
        }
        int to = direction.equals("up") ? at - 1 : direction.equals("down") ? at + 1 : at;
        if (to >= 0 && to < order.size() && to != at) {
            order.add(to, order.remove(at));
        }
        return carryOut(new ReorderAgenda(new SessionId(sessionId), actor, order), formKey,
                "/sessions/" + sessionId + "/agenda/order", "item-" + itemId,
                reader, sessionId, Map.of(), locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/attendance")
    String attendance(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                      @RequestParam(defaultValue = "") String partner,
                      @RequestParam(required = false) @Nullable String attendance,
                      @RequestParam(required = false) @Nullable String representedBy, Locale locale, Model model,
                      HttpServletResponse response) {
        String field = "attendance-" + partner;
        PartnerId who;
        Attendance how;
        try {
            who = PartnerId.of(partner);
        } catch (InvalidValue tampered) {
            return refused(reader, sessionId, Map.of("form", "sessions.problem.form"), Map.of(), locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            how = Attendance.valueOf(attendance == null ? "" : attendance);
        } catch (IllegalArgumentException missing) {
            return refused(reader, sessionId, Map.of(field, "sessions.problem.attendance"), Map.of(), locale, model,
                    response, HttpServletResponse.SC_BAD_REQUEST);
        }
        PersonId by = representedBy == null || representedBy.isBlank() || how != Attendance.PRESENT
                ? null : PersonId.of(representedBy);
        return carryOut(new RecordAttendance(new SessionId(sessionId), actor, who, how, by), formKey,
                "/sessions/" + sessionId + "/attendance", field, reader, sessionId, Map.of(), locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/confidentiality")
    String agreed(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                  @RequestParam(defaultValue = "") String partner, @RequestParam(defaultValue = "") String person,
                  Locale locale, Model model, HttpServletResponse response) {
        PartnerId who;
        PersonId agreeing;
        try {
            who = PartnerId.of(partner);
            agreeing = PersonId.of(person);
        } catch (InvalidValue tampered) {
            return refused(reader, sessionId, Map.of("agreement", "sessions.problem.form"), Map.of(), locale, model,
                    response, HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new RecordConfidentialityAgreement(new SessionId(sessionId), actor, who, agreeing), formKey,
                "/sessions/" + sessionId + "/confidentiality", "agreement", reader, sessionId, Map.of(), locale, model,
                response);
    }

    @PostMapping("/sessions/{sessionId}/agenda/items/{itemId}/notes")
    String note(@PathVariable UUID sessionId, @PathVariable UUID itemId, Actor actor, Reader reader,
                @RequestParam(defaultValue = "") String formKey, @RequestParam(required = false) @Nullable String note,
                Locale locale, Model model, HttpServletResponse response) {
        String field = "note-" + itemId;
        Map<String, String> typed = new HashMap<>();
        typed.put(field, note);
        PersonalText said = text(note);
        if (said == null) {
            return refused(reader, sessionId, Map.of(field, "sessions.problem.note"), typed, locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new RecordItemNote(new SessionId(sessionId), actor, new AgendaItemId(itemId), said), formKey,
                "/sessions/" + sessionId + "/agenda/items/" + itemId + "/notes", field, reader, sessionId, typed,
                locale, model, response);
    }

    /** Closes the session, carrying forward each open action with the reason chosen for it ({@link CarryingForward}). */
    @PostMapping("/sessions/{sessionId}/closure")
    String close(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                 @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response) {
        List<CarriedForward> carried;
        try {
            carried = CarryingForward.chosen(form);
        } catch (IllegalArgumentException tampered) {
            return refused(reader, sessionId, Map.of("close", "sessions.problem.form"), Map.of(), locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<String, String> typed = new HashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(CarryingForward.FIELD)) {
                typed.put(field, value);
            }
        });
        return carryOut(new CloseSession(new SessionId(sessionId), actor, carried), formKey,
                "/sessions/" + sessionId + "/closure", "close", reader, sessionId, typed, locale, model, response);
    }

    @PostMapping("/sessions/{sessionId}/corrections")
    String correct(@PathVariable UUID sessionId, Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                   @RequestParam(required = false) @Nullable String itemId,
                   @RequestParam(required = false) @Nullable String correction,
                   @RequestParam(required = false) @Nullable String reason, Locale locale, Model model,
                   HttpServletResponse response) {
        Map<String, String> typed = new HashMap<>();
        typed.put("correctedItem", itemId);
        typed.put("correction", correction);
        typed.put("correctionReason", reason);
        Map<String, String> problems = new LinkedHashMap<>();
        AgendaItemId item = null;
        try {
            item = itemId == null || itemId.isBlank() ? null : new AgendaItemId(UUID.fromString(itemId));
        } catch (IllegalArgumentException tampered) {
            problems.put("correctedItem", "sessions.problem.form");
        }
        PersonalText what = text(correction);
        if (what == null) {
            problems.put("correction", "sessions.problem.correction");
        }
        PersonalText why = text(reason);
        if (why == null) {
            problems.put("correctionReason", "sessions.problem.correctionReason");
        }
        if (!problems.isEmpty()) {
            return refused(reader, sessionId, problems, typed, locale, model, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        return carryOut(new CorrectMinutes(new SessionId(sessionId), actor, item, what, why), formKey,
                "/sessions/" + sessionId + "/corrections", "correction", reader, sessionId, typed, locale, model, response);
    }

    private static @Nullable PersonalText text(@Nullable String typed) {
        try {
            return PersonalText.of(typed);
        } catch (InvalidValue blankOrLong) {
            return null;
        }
    }

    /**
     * Sends the form's command once and goes back to the run-sheet; a refusal by the session's rules is shown
     * next to the form ({@code field}), in words, with the run-sheet as it stands.
     */
    private String carryOut(ActorCommand command, String formKey, String form, String field, Reader reader,
                            UUID sessionId, Map<String, String> typed, Locale locale, Model model,
                            HttpServletResponse response) {
        if (!OncePerForm.isKey(formKey)) {
            return refused(reader, sessionId, Map.of(field, "sessions.problem.form"), typed, locale, model, response,
                    HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            once.send(command, formKey, form);
            return "redirect:/sessions/" + sessionId;
        } catch (RuntimeException failure) {
            if (TryAgain.causeOf(failure, AggregateNotFoundException.class).isPresent()
                    || TryAgain.causeOf(failure, IncompatibleAggregateException.class).isPresent()) {
                throw new UnknownItem("unknown-session", "there is no such session");
            }
            Optional<RuleViolation> rule = TryAgain.causeOf(failure, RuleViolation.class);
            if (rule.isPresent()) {
                String code = rule.get().code();
                return refused(reader, sessionId, Map.of(code.equals("session-not-started") ? "close" : field,
                        "sessions.problem." + code), typed, locale, model, response, HttpServletResponse.SC_CONFLICT);
            }
            Optional<InvalidValue> invalid = TryAgain.causeOf(failure, InvalidValue.class);
            if (invalid.isPresent()) {
                String about = invalid.get().field();
                String where = about.equals("startsAt") ? "startsAt" : field;
                String message = switch (about) {
                    case "startsAt" -> "sessions.problem.startsAt.past";
                    case "representedBy" -> "sessions.problem.representedBy";
                    default -> "sessions.problem.form";
                };
                return refused(reader, sessionId, Map.of(where, message), typed, locale, model, response,
                        HttpServletResponse.SC_BAD_REQUEST);
            }
            throw failure; // not the chair, not known: the error pages say so
        }
    }

    private String refused(Reader reader, UUID sessionId, Map<String, String> problems, Map<String, String> typed,
                           Locale locale, Model model, HttpServletResponse response, int status) {
        response.setStatus(status);
        return show(reader, sessionId, null, problems, typed, locale, model, "run-sheet");
    }

    /** The session as the reader may see it, recorded; for the chair, what the run-sheet's forms need too. */
    private String show(Reader reader, UUID sessionId, @Nullable String purpose, Map<String, String> problems,
                        Map<String, String> typed, Locale locale, Model model, String template) {
        Look look = template.equals("minutes") ? Look.MINUTES : Look.SESSION;
        String why = sessions.purpose(reader, look, purpose);
        SessionView session = sessions.session(reader, new SessionId(sessionId), why, look);
        ZoneId zone = properties.timeZone();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        List<AgendaItemView> onAgenda = session.agenda().stream().filter(item -> !item.dropped()).toList();
        List<ItemLine> items = new ArrayList<>();
        Instant comesUp = session.startsAt();
        for (int at = 0; at < onAgenda.size(); at++) {
            items.add(new ItemLine(onAgenda.get(at), time.format(comesUp), at == 0, at == onAgenda.size() - 1));
            comesUp = comesUp.plusSeconds(60L * onAgenda.get(at).minutes());
        }
        Map<PartnerId, PartnerSummary> partners = queries.query(new FindPartners(),
                ResponseTypes.multipleInstancesOf(PartnerSummary.class)).join().stream()
                .collect(Collectors.toMap(PartnerSummary::partnerId, partner -> partner, (a, b) -> a, LinkedHashMap::new));
        Map<PartnerId, AttendanceView> attendance = session.attendance().stream()
                .collect(Collectors.toMap(AttendanceView::partner, line -> line, (a, b) -> b, LinkedHashMap::new));
        Map<PersonId, Instant> agreed = session.agreements().stream()
                .collect(Collectors.toMap(ConfidentialityAgreement::person, ConfidentialityAgreement::agreedAt, (a, b) -> a));
        boolean chair = reader.holds(Role.CHAIR);
        boolean scheduled = session.status() == SessionStatus.SCHEDULED;
        boolean runs = chair && scheduled && template.equals("run-sheet");

        List<PartnerLine> partnerLines = new ArrayList<>();
        if (runs) {
            partners.values().stream().filter(PartnerSummary::active).forEach(partner -> partnerLines.add(new PartnerLine(
                    partner.partnerId(), partner.name(), attendance.get(partner.partnerId()), partner.representatives())));
        } else {
            attendance.values().forEach(line -> partnerLines.add(new PartnerLine(line.partner(),
                    Optional.ofNullable(partners.get(line.partner())).map(PartnerSummary::name).orElse(line.partner().value()),
                    line, List.of())));
        }
        List<AtTheTable> atTheTable = session.attendance().stream()
                .filter(line -> line.attendance() == Attendance.PRESENT && line.representedBy() != null)
                .map(line -> new AtTheTable(line.partner(), line.representedBy(), agreed.get(line.representedBy())))
                .toList();

        model.addAttribute("sessionView", session);
        model.addAttribute("items", items);
        model.addAttribute("dropped", session.agenda().stream().filter(AgendaItemView::dropped).toList());
        model.addAttribute("partners", partnerLines);
        model.addAttribute("atTheTable", atTheTable);
        model.addAttribute("chairs", chair);
        model.addAttribute("runs", runs);
        model.addAttribute("closedByChair", chair && session.status() == SessionStatus.CLOSED);
        model.addAttribute("proposal", runs ? proposal(reader, session) : List.of());
        model.addAttribute("cases", runs ? cases(reader, why, session) : List.of());
        model.addAttribute("openActions", runs ? carrying.openActions(reader, why, session) : List.of());
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        model.addAttribute("purposes", AgendaPurpose.values());
        model.addAttribute("carryReasons", CarryForwardReason.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("minutesPerItem", properties.sessions().minutesPerItem());
        model.addAttribute("when", new SessionsPage.When("", SessionsPage.When.field(session.startsAt(), zone),
                session.venue().place(), session.venue().videoLink() == null ? null : session.venue().videoLink().toString()));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("keys", new FormKeys());
        model.addAttribute("purpose", purpose);
        model.addAttribute("dateTime", SessionsPage.dateTime(locale, zone));
        model.addAttribute("time", time);
        model.addAttribute("begun", !session.startsAt().isAfter(clock.instant()));
        model.addAttribute("decisionWords", decisionWords.in(locale));
        return template;
    }

    /** The proposal for the chair, recorded as {@code GET /api/sessions/{sessionId}/agenda-proposal} records it. */
    private List<ProposedEntry> proposal(Reader reader, SessionView session) {
        Optional<AgendaProposal> proposal = queries.query(new FindAgendaProposal(reader, session.sessionId(),
                        properties.timeZone(), properties.sessions().minutesPerItem()),
                ResponseTypes.optionalInstanceOf(AgendaProposal.class)).join();
        List<ProposedEntry> entries = proposal.map(AgendaProposal::entries).orElse(List.of());
        if (!entries.isEmpty()) {
            sessions.shown(reader, Look.AGENDA_PROPOSAL, AccessLog.CASE_WORK,
                    entries.stream().map(ProposedEntry::caseId).toList());
        }
        return entries;
    }

    /** The cases the chair may put on the agenda, raised or open and not on it yet: a look at the list of cases. */
    private List<CaseSummary> cases(Reader reader, String why, SessionView session) {
        Set<CaseId> onAgenda = session.agenda().stream().filter(item -> !item.dropped())
                .map(AgendaItemView::caseId).collect(Collectors.toSet());
        List<CaseSummary> cases = queries.query(FindCases.all(reader), ResponseTypes.multipleInstancesOf(CaseSummary.class))
                .join().stream().filter(summary -> summary.status() == CaseStatus.RAISED || summary.status() == CaseStatus.OPEN)
                .filter(summary -> !onAgenda.contains(summary.caseId())).toList();
        accessLog.shown(reader, Look.CASE_LIST, null, why, List.of());
        return cases;
    }
}
