package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sessions.AcceptProposedAgenda;
import org.roundtable.core.sessions.AddAgendaItem;
import org.roundtable.core.sessions.AgendaEntry;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.CancelSession;
import org.roundtable.core.sessions.CloseSession;
import org.roundtable.core.sessions.CorrectMinutes;
import org.roundtable.core.sessions.DropAgendaItem;
import org.roundtable.core.sessions.RecordAttendance;
import org.roundtable.core.sessions.RecordConfidentialityAgreement;
import org.roundtable.core.sessions.RecordItemNote;
import org.roundtable.core.sessions.ReorderAgenda;
import org.roundtable.core.sessions.RescheduleSession;
import org.roundtable.core.sessions.ScheduleSession;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.MinutesDue;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.sessions.AgendaItemView;
import org.roundtable.projections.sessions.AgendaProposal;
import org.roundtable.projections.sessions.FindAgendaProposal;
import org.roundtable.projections.sessions.FindSession;
import org.roundtable.projections.sessions.FindSessions;
import org.roundtable.projections.sessions.ProposedEntry;
import org.roundtable.projections.sessions.SessionPeriod;
import org.roundtable.projections.sessions.SessionSummary;
import org.roundtable.projections.sessions.SessionView;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The round table's sessions: the chair's commands, each through the command path with its Idempotency-Key, and
 * the reads, each as far as the reader's need-to-know allows and each recorded in the access log before its
 * answer: once per case whose items it shows.
 */
@RestController
@Tag(name = ApiDocumentation.SESSIONS)
@RequestMapping("/api/sessions")
class SessionController {

    private static final String NOT_A_SESSION_READER =
            "only the chair, compliance reviewers and the representatives of the round table's partners see sessions";

    /** The purpose recorded with a refused look at a proposal: it takes none. */
    private static final String NOT_STATED = "none stated: the proposal is for the chair";

    private final Commands commands;
    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final RoundtableProperties properties;
    private final Clock clock;

    SessionController(Commands commands, QueryGateway queries, AccessLog accessLog, RoundtableProperties properties,
                      Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.queries = queries;
        this.accessLog = accessLog;
        this.properties = properties;
    }

    /** The answer to scheduling a session: its id. */
    record SessionCreated(SessionId sessionId) { }

    /** The answer to putting cases on the agenda: the new items' ids, in the order of the request. */
    record AgendaItemsAdded(List<AgendaItemId> itemIds) { }

    /** The answer to adding one item: its id. */
    record AgendaItemCreated(AgendaItemId itemId) { }

    @Operation(operationId = "scheduleSession", summary = "Schedule a session",
            description = """
                    The chair plans a session: when it starts (a time still to come) and where it meets, a place, a
                    video link (https) or both. The one who schedules it chairs it. The session's id is made by the
                    service and answered.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionCreated> schedule(Actor actor, @Valid @RequestBody ScheduleSessionRequest request) {
        SessionId sessionId = SessionId.random();
        return commands.send(new ScheduleSession(sessionId, actor, request.startsAt(), request.venue()),
                ResponseEntity.created(URI.create("/api/sessions/" + sessionId)).body(new SessionCreated(sessionId)));
    }

    @Operation(operationId = "listSessions", summary = "List the sessions",
            description = """
                    `upcoming` (the default): the sessions still scheduled, to be held or under way, soonest first;
                    `past`: those closed or cancelled, the latest first. Each with when and where it meets, who chairs
                    it and where it stands; no case. For the chair, compliance reviewers (stating a purpose) and the
                    representatives of the round table's partners; others are refused (`not-a-session-reader`). Each
                    look is recorded in the access log.""")
    @GetMapping
    List<SessionSummary> list(Reader reader,
                              @Parameter(description = "which sessions: `upcoming` or `past`")
                              @RequestParam(defaultValue = "upcoming") Period when,
                              @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                                      maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                              @RequestParam(required = false) @Nullable String purpose) {
        String why = mayReadSessions(reader, Look.SESSION_LIST, purpose);
        List<SessionSummary> sessions = queries.query(new FindSessions(reader, when.period),
                ResponseTypes.multipleInstancesOf(SessionSummary.class)).join();
        accessLog.shown(reader, Look.SESSION_LIST, null, why, List.of());
        return sessions;
    }

    /** Which sessions a list holds, as the query parameter names them. */
    enum Period {
        upcoming(SessionPeriod.UPCOMING), past(SessionPeriod.PAST);

        private final SessionPeriod period;

        Period(SessionPeriod period) {
            this.period = period;
        }
    }

    @Operation(operationId = "getSession", summary = "Read a session",
            description = """
                    One session: when and where, who chairs it, where it stands, each partner's attendance and the
                    confidentiality agreements, and its agenda in order (items still on it first, then those dropped),
                    each item with its notes, the decisions taken at it, its corrections and the actions of its case
                    carried forward when the session closed. The chair and compliance reviewers see every item, why a
                    cancelled session was called off and the corrections of the session as a whole; a partner's
                    representative sees only the items about cases its partner takes part in (the others are left out,
                    not counted), and neither that reason nor those corrections. Erased personal text is `null`. The
                    look is recorded in the access log once per case whose item it shows, before the answer is sent.""")
    @GetMapping("/{sessionId}")
    SessionView session(@PathVariable UUID sessionId, Reader reader,
                        @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                                maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                        @RequestParam(required = false) @Nullable String purpose) {
        return seen(sessionId, reader, Look.SESSION, purpose);
    }

    @Operation(operationId = "getMinutes", summary = "Read a session's minutes",
            description = """
                    The session's minutes, generated from its events and from the decisions taken at its table, as the
                    reader may have them: what `getSession` answers that reader (a partner's copy holds only the items
                    about cases its partner takes part in, with their notes, decisions and corrections), marked
                    `RESTRICTED`, whether they are final (`finalised`: the session was closed), the day they are due to be
                    final (`dueOn`: `roundtable.sessions.minutes-due-working-days` working days, 3 by default, after
                    the session's day; null for a cancelled session) and whether they are `late` (not final after that
                    day). The look is recorded in the access log (`MINUTES`) once per case whose item it shows.""")
    @GetMapping("/{sessionId}/minutes")
    Minutes minutes(@PathVariable UUID sessionId, Reader reader,
                    @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                            maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                    @RequestParam(required = false) @Nullable String purpose) {
        SessionView view = seen(sessionId, reader, Look.MINUTES, purpose);
        boolean finalised = view.status() == SessionStatus.CLOSED;
        LocalDate dueOn = view.status() == SessionStatus.CANCELLED ? null : MinutesDue.dueOn(
                LocalDate.ofInstant(view.startsAt(), properties.timeZone()), properties.sessions().minutesDueWorkingDays());
        boolean late = !finalised && dueOn != null && LocalDate.now(clock).isAfter(dueOn);
        return new Minutes(Minutes.RESTRICTED, finalised, dueOn, late, view);
    }

    /** The session as the reader may see it, recorded as this look once per case whose item it shows. */
    private SessionView seen(UUID sessionId, Reader reader, Look look, @Nullable String purpose) {
        String why = mayReadSessions(reader, look, purpose);
        Optional<SessionView> session = queries.query(new FindSession(reader, new SessionId(sessionId)),
                ResponseTypes.optionalInstanceOf(SessionView.class)).join();
        if (session.isEmpty()) {
            accessLog.refused(reader, look, null, why);
            throw unknownSession();
        }
        recordShown(reader, look, why, session.get().agenda().stream().map(AgendaItemView::caseId).toList());
        return session.get();
    }

    @Operation(operationId = "getAgendaProposal", summary = "Read the agenda the round table proposes",
            description = """
                    For the chair: the cases that wait for the session, each with its purpose and the minutes the
                    run-sheet suggests (`roundtable.sessions.minutes-per-item`, 12 by default). First the concerns
                    waiting for screening (`SCREENING`, oldest first), then the open cases with an action carried
                    forward by an earlier session and neither completed nor cancelled since (`CARRIED_FORWARD`), then
                    the open cases with an action still open whose due date is before the day the session starts
                    (`OVERDUE_ACTION`, longest overdue first), then those whose review falls due by that day
                    (`REVIEW`). One entry per case, for the first purpose it meets; a case already on the agenda is not
                    proposed. The chair accepts what it keeps with
                    `POST /api/sessions/{sessionId}/agenda`. The look is recorded in the access log once per case
                    proposed.""")
    @GetMapping("/{sessionId}/agenda-proposal")
    AgendaProposal proposal(@PathVariable UUID sessionId, Reader reader) {
        if (!reader.holds(Role.CHAIR)) {
            accessLog.refused(reader, Look.AGENDA_PROPOSAL, null, NOT_STATED);
            throw new NotAllowed("not-the-chair", "only the chair reads the agenda the round table proposes");
        }
        String why = AccessLog.CASE_WORK;
        Optional<AgendaProposal> proposal = queries.query(new FindAgendaProposal(reader, new SessionId(sessionId),
                        properties.timeZone(), properties.sessions().minutesPerItem()),
                ResponseTypes.optionalInstanceOf(AgendaProposal.class)).join();
        if (proposal.isEmpty()) {
            accessLog.refused(reader, Look.AGENDA_PROPOSAL, null, why);
            throw unknownSession();
        }
        recordShown(reader, Look.AGENDA_PROPOSAL, why, proposal.get().entries().stream().map(ProposedEntry::caseId).toList());
        return proposal.get();
    }

    @Operation(operationId = "rescheduleSession", summary = "Reschedule a session",
            description = "The chair moves a planned session to another time still to come, or another place or link.")
    @PostMapping("/{sessionId}/rescheduling")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reschedule(@PathVariable UUID sessionId, Actor actor,
                                    @Valid @RequestBody ScheduleSessionRequest request) {
        return send(new RescheduleSession(new SessionId(sessionId), actor, request.startsAt(), request.venue()));
    }

    @Operation(operationId = "cancelSession", summary = "Cancel a session",
            description = "The chair calls a planned session off, with a reason. A cancelled session takes no other change.")
    @PostMapping("/{sessionId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> cancel(@PathVariable UUID sessionId, Actor actor, @Valid @RequestBody CancelSessionRequest request) {
        return send(new CancelSession(new SessionId(sessionId), actor, request.reason()));
    }

    @Operation(operationId = "acceptAgenda", summary = "Accept the proposed agenda",
            description = """
                    The chair puts the entries of the proposal it keeps on the agenda, in the order given, after the
                    items already on it; an entry without `minutes` takes the round table's default. One item per
                    case: a case already on the agenda is refused (`case-already-on-agenda`), and so is a case the
                    round table does not know (`unknown-case`). Answers the new items' ids, in the order given.""")
    @PostMapping("/{sessionId}/agenda")
    ResponseEntity<AgendaItemsAdded> accept(@PathVariable UUID sessionId, Actor actor, Reader reader,
                                            @Valid @RequestBody AcceptAgendaRequest request) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaItemRequest item : request.entries()) {
            entries.add(entry(reader, item));
        }
        return send(new AcceptProposedAgenda(new SessionId(sessionId), actor, entries),
                ResponseEntity.ok(new AgendaItemsAdded(entries.stream().map(AgendaEntry::itemId).toList())));
    }

    @Operation(operationId = "addAgendaItem", summary = "Add an item to the agenda",
            description = """
                    The chair puts one more case on the agenda, last, with its purpose and the minutes it suggests
                    (the round table's default when left out). One item per case.""")
    @PostMapping("/{sessionId}/agenda/items")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AgendaItemCreated> add(@PathVariable UUID sessionId, Actor actor, Reader reader,
                                              @Valid @RequestBody AgendaItemRequest request) {
        AgendaEntry entry = entry(reader, request);
        return send(new AddAgendaItem(new SessionId(sessionId), actor, entry),
                ResponseEntity.created(URI.create("/api/sessions/" + sessionId)).body(new AgendaItemCreated(entry.itemId())));
    }

    @Operation(operationId = "dropAgendaItem", summary = "Drop an item from the agenda",
            description = "The chair takes an item off the agenda; it stays in the session's view, marked as dropped, with its notes.")
    @PostMapping("/{sessionId}/agenda/items/{itemId}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> drop(@PathVariable UUID sessionId, @PathVariable UUID itemId, Actor actor) {
        return send(new DropAgendaItem(new SessionId(sessionId), actor, new AgendaItemId(itemId)));
    }

    @Operation(operationId = "reorderAgenda", summary = "Reorder the agenda",
            description = "The chair puts the agenda in a new order: every item still on it, each once.")
    @PostMapping("/{sessionId}/agenda/order")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reorder(@PathVariable UUID sessionId, Actor actor, @Valid @RequestBody ReorderAgendaRequest request) {
        return send(new ReorderAgenda(new SessionId(sessionId), actor, request.order()));
    }

    @Operation(operationId = "recordAttendance", summary = "Record a partner's attendance",
            description = """
                    The chair records how a partner of the round table takes part: `PRESENT` (with the person who
                    represents it), `APOLOGIES`, `ABSENT` or `INFORMATION_SENT`. A later record replaces it.""")
    @PostMapping("/{sessionId}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> attendance(@PathVariable UUID sessionId, Actor actor, @Valid @RequestBody AttendanceRequest request) {
        return send(new RecordAttendance(new SessionId(sessionId), actor, request.partner(), request.attendance(),
                request.representedBy()));
    }

    @Operation(operationId = "recordConfidentialityAgreement", summary = "Record the confidentiality statement's agreement",
            description = """
                    The chair records that the person representing a partner at the table agreed to the session's
                    confidentiality statement, once per person and session. Nobody is obliged to speak.""")
    @PostMapping("/{sessionId}/confidentiality")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> confidentiality(@PathVariable UUID sessionId, Actor actor,
                                         @Valid @RequestBody ConfidentialityRequest request) {
        return send(new RecordConfidentialityAgreement(new SessionId(sessionId), actor, request.partner(), request.person()));
    }

    @Operation(operationId = "recordItemNote", summary = "Note what was said about an item",
            description = "The chair notes what was said about an item on the agenda, while the session is not closed.")
    @PostMapping("/{sessionId}/agenda/items/{itemId}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> note(@PathVariable UUID sessionId, @PathVariable UUID itemId, Actor actor,
                              @Valid @RequestBody ItemNoteRequest request) {
        return send(new RecordItemNote(new SessionId(sessionId), actor, new AgendaItemId(itemId), request.note()));
    }

    @Operation(operationId = "closeSession", summary = "Close a session",
            description = """
                    The chair closes a session once it has begun: its minutes are final. A closed session takes only
                    corrections to its minutes. Every action still open (assigned, accepted or declined: neither
                    completed nor cancelled) in a case on the agenda is carried forward to the next agenda, named once
                    in `carriedForward` with its case and the reason it comes back: `NOT_DONE_BY_PARTNER` or
                    `CIRCUMSTANCES_CHANGED` (`GET /api/actions?caseId=...` lists a case's actions). An open action left
                    out is refused (`action-not-carried-forward`), and so is an action that is not open
                    (`action-not-open`) or whose case is not on the agenda (`case-not-on-agenda`); nothing is then
                    written. The body may be left out when no case on the agenda has an open action. The next
                    sessions' agenda proposals hold each such case (`CARRIED_FORWARD`) until its actions carried
                    forward are completed or cancelled.""")
    @PostMapping("/{sessionId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> close(@PathVariable UUID sessionId, Actor actor,
                               @Valid @RequestBody(required = false) @Nullable CloseSessionRequest request) {
        return send(new CloseSession(new SessionId(sessionId), actor,
                request == null ? List.of() : request.actions()));
    }

    @Operation(operationId = "correctMinutes", summary = "Correct the final minutes",
            description = """
                    The chair corrects the minutes of a closed session, about one item or the whole, and says why.
                    The correction is a new event: nothing recorded before changes.""")
    @PostMapping("/{sessionId}/corrections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> correct(@PathVariable UUID sessionId, Actor actor, @Valid @RequestBody CorrectMinutesRequest request) {
        return send(new CorrectMinutes(new SessionId(sessionId), actor, request.itemId(), request.correction(),
                request.reason()));
    }

    /** An agenda entry with a new item id, for a case the round table knows (404 `unknown-case` otherwise). */
    private AgendaEntry entry(Reader reader, AgendaItemRequest request) {
        if (reader.holds(Role.CHAIR) && queries.query(new FindCaseDetail(reader, request.caseId()),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join().isEmpty()) {
            throw new CaseNotFound();
        }
        // Only the chair sets the agenda: anyone else is refused by the session itself, which says so.
        return request.entry(AgendaItemId.random(), properties.sessions().minutesPerItem());
    }

    private ResponseEntity<Void> send(ActorCommand command) {
        return send(command, ResponseEntity.noContent().build());
    }

    /** A command for a session no stream holds (or a stream that is not a session's) is answered `unknown-session`. */
    private <T> ResponseEntity<T> send(ActorCommand command, ResponseEntity<T> answer) {
        try {
            return commands.send(command, answer);
        } catch (RuntimeException failure) {
            if (TryAgain.causeOf(failure, AggregateNotFoundException.class).isPresent()
                    || TryAgain.causeOf(failure, IncompatibleAggregateException.class).isPresent()) {
                throw unknownSession();
            }
            throw failure;
        }
    }

    /** Sessions are for the chair, compliance reviewers and partners' representatives; others are refused, and recorded. */
    private String mayReadSessions(Reader reader, Look look, @Nullable String purpose) {
        String why = accessLog.purpose(reader, purpose);
        if (!NeedToKnow.seesSessions(reader)) {
            accessLog.refused(reader, look, null, why);
            throw new NotAllowed("not-a-session-reader", NOT_A_SESSION_READER);
        }
        return why;
    }

    /** One access record per case the answer shows; one without a case when it shows none. */
    private void recordShown(Reader reader, Look look, String why, List<CaseId> cases) {
        List<CaseId> distinct = cases.stream().distinct().toList();
        if (distinct.isEmpty()) {
            accessLog.shown(reader, look, null, why, List.of());
        }
        distinct.forEach(caseId -> accessLog.shown(reader, look, caseId, why, List.of()));
    }

    private static UnknownItem unknownSession() {
        return new UnknownItem("unknown-session", "there is no such session");
    }
}
