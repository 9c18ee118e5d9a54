package org.roundtable.core.sessions;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerDirectory;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One session of the round table, from the moment the chair plans it until it is closed or called off. Every
 * rule about a session is here: command handlers decide and apply events; event-sourcing handlers only record.
 * A closed session takes only corrections to its minutes; a cancelled one takes nothing.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Session {

    /** The most items one agenda holds. */
    public static final int MAX_ITEMS = 100;

    @AggregateIdentifier
    private SessionId sessionId;
    private SessionStatus status;
    private Instant startsAt;
    // Not final: a snapshot is read back into these fields.
    /** The items on the agenda, in order, with the case each is about. */
    private LinkedHashMap<AgendaItemId, CaseId> agenda = new LinkedHashMap<>();
    /** The person representing each partner recorded present. */
    private Map<PartnerId, PersonId> present = new HashMap<>();
    private Set<PersonId> agreed = new HashSet<>();

    /** For Axon: rebuilt from its events, or read back from a snapshot field by field. */
    @JsonCreator
    protected Session() {
    }

    @CommandHandler
    public Session(ScheduleSession command, Clock clock) {
        requireChair(command.actor(), "only the chair schedules sessions");
        requireFuture(command.startsAt(), clock);
        apply(new SessionScheduled(command.sessionId(), command.startsAt(), command.venue(), command.actor().person()));
    }

    @CommandHandler
    void handle(RescheduleSession command, Clock clock) {
        requireChair(command.actor(), "only the chair reschedules sessions");
        requireScheduled();
        requireFuture(command.startsAt(), clock);
        apply(new SessionRescheduled(sessionId, command.startsAt(), command.venue()));
    }

    @CommandHandler
    void handle(CancelSession command) {
        requireChair(command.actor(), "only the chair cancels sessions");
        requireScheduled();
        apply(new SessionCancelled(sessionId, command.reason()));
    }

    @CommandHandler
    void handle(AcceptProposedAgenda command) {
        requireChair(command.actor(), "only the chair sets the agenda");
        requireScheduled();
        if (agenda.size() + command.entries().size() > MAX_ITEMS) {
            throw new RuleViolation("agenda-full", "an agenda holds at most " + MAX_ITEMS + " items");
        }
        Set<CaseId> cases = new HashSet<>(agenda.values());
        Set<AgendaItemId> items = new HashSet<>(agenda.keySet());
        for (AgendaEntry entry : command.entries()) {
            requireNew(entry, items.add(entry.itemId()), cases.add(entry.caseId()));
        }
        command.entries().forEach(this::add);
    }

    @CommandHandler
    void handle(AddAgendaItem command) {
        requireChair(command.actor(), "only the chair sets the agenda");
        requireScheduled();
        if (agenda.size() >= MAX_ITEMS) {
            throw new RuleViolation("agenda-full", "an agenda holds at most " + MAX_ITEMS + " items");
        }
        AgendaEntry entry = command.entry();
        requireNew(entry, !agenda.containsKey(entry.itemId()), !agenda.containsValue(entry.caseId()));
        add(entry);
    }

    @CommandHandler
    void handle(DropAgendaItem command) {
        requireChair(command.actor(), "only the chair sets the agenda");
        requireScheduled();
        CaseId caseId = requireItem(command.itemId());
        apply(new AgendaItemDropped(sessionId, command.itemId(), caseId));
    }

    @CommandHandler
    void handle(ReorderAgenda command) {
        requireChair(command.actor(), "only the chair sets the agenda");
        requireScheduled();
        if (command.order().size() != agenda.size() || !new HashSet<>(command.order()).equals(agenda.keySet())) {
            throw new InvalidValue("order", "a new order names every item on the agenda, each once");
        }
        apply(new AgendaReordered(sessionId, command.order()));
    }

    @CommandHandler
    void handle(RecordAttendance command, PartnerDirectory partners) {
        requireChair(command.actor(), "only the chair records attendance");
        requireScheduled();
        if (!partners.isActive(command.partner())) {
            throw new RuleViolation("not-a-registered-partner",
                    "partner: " + command.partner() + " is not a partner of the round table");
        }
        boolean present = command.attendance() == Attendance.PRESENT;
        if (present != (command.representedBy() != null)) {
            throw new InvalidValue("representedBy", present
                    ? "a partner at the table is represented by someone: say who"
                    : "only a partner at the table is represented there");
        }
        apply(new AttendanceRecorded(sessionId, command.partner(), command.attendance(), command.representedBy()));
    }

    @CommandHandler
    void handle(RecordConfidentialityAgreement command) {
        requireChair(command.actor(), "only the chair records the confidentiality statement's agreement");
        requireScheduled();
        if (!command.person().equals(present.get(command.partner()))) {
            throw new RuleViolation("not-at-the-table",
                    "only the person recorded as representing a partner at the table agrees to the statement");
        }
        if (agreed.contains(command.person())) {
            throw new RuleViolation("already-agreed", "this person has already agreed to the statement for this session");
        }
        apply(new ConfidentialityAgreed(sessionId, command.partner(), command.person()));
    }

    @CommandHandler
    void handle(RecordItemNote command) {
        requireChair(command.actor(), "only the chair takes the notes");
        requireScheduled();
        CaseId caseId = requireItem(command.itemId());
        apply(new ItemNoteRecorded(sessionId, command.itemId(), caseId, command.note()));
    }

    @CommandHandler
    void handle(CloseSession command, Clock clock, OpenActions openActions) {
        requireChair(command.actor(), "only the chair closes sessions");
        requireScheduled();
        if (startsAt.isAfter(clock.instant())) {
            throw new RuleViolation("session-not-started", "a session can only be closed once it has begun");
        }
        List<ActionCarriedForward> carried = carriedForward(command.carriedForward(), openActions);
        carried.forEach(event -> apply(event));
        apply(new SessionClosed(sessionId));
    }

    /**
     * The actions carried forward when the session closes: each named once, in a case on the agenda, still open;
     * and every action still open in a case on the agenda among them.
     */
    private List<ActionCarriedForward> carriedForward(List<CarriedForward> named, OpenActions openActions) {
        Map<CaseId, AgendaItemId> items = new HashMap<>();
        agenda.forEach((item, caseId) -> items.put(caseId, item));
        Map<CaseId, Set<ActionId>> open = new HashMap<>();
        Set<ActionId> seen = new HashSet<>();
        List<ActionCarriedForward> carried = new ArrayList<>();
        for (CarriedForward action : named) {
            if (!seen.add(action.actionId())) {
                throw new InvalidValue("carriedForward", "action " + action.actionId() + " is named more than once");
            }
            AgendaItemId item = items.get(action.caseId());
            if (item == null) {
                throw new RuleViolation("case-not-on-agenda",
                        "case " + action.caseId() + " is not on the agenda: only its cases' actions are carried forward");
            }
            if (!open.computeIfAbsent(action.caseId(), openActions::openIn).contains(action.actionId())) {
                throw new RuleViolation("action-not-open", "action " + action.actionId() + " of case " + action.caseId()
                        + " is not open: only an action still open is carried forward");
            }
            carried.add(new ActionCarriedForward(sessionId, item, action.caseId(), action.actionId(), action.reason()));
        }
        for (CaseId caseId : agenda.values()) {
            Set<ActionId> left = new HashSet<>(open.computeIfAbsent(caseId, openActions::openIn));
            left.removeAll(seen);
            if (!left.isEmpty()) {
                throw new RuleViolation("action-not-carried-forward", "action " + left.iterator().next() + " of case "
                        + caseId + " is still open: every open action of a case on the agenda is carried forward, with a reason");
            }
        }
        return carried;
    }

    @CommandHandler
    void handle(CorrectMinutes command) {
        requireChair(command.actor(), "only the chair corrects the minutes");
        if (status != SessionStatus.CLOSED) {
            throw new RuleViolation("session-not-closed",
                    "minutes are corrected once they are final: while the session is open, record a note");
        }
        if (command.itemId() != null) {
            requireItem(command.itemId());
        }
        apply(new MinutesCorrected(sessionId, command.itemId(), command.correction(), command.reason()));
    }

    /**
     * Whether the round table may take a decision on this case at this item now: the session has begun and is
     * neither closed nor cancelled, and the item is on its agenda and about that case. Asked, with the session
     * held, by the command that applies the decision to the case: the session cannot close while the decision is
     * being taken, and a decision never reaches minutes already final.
     */
    public void requireDecisionOn(AgendaItemId itemId, CaseId caseId, Instant now) {
        requireScheduled();
        if (startsAt.isAfter(now)) {
            throw new RuleViolation("session-not-started", "decisions are taken at the table, once the session has begun");
        }
        if (!caseId.equals(requireItem(itemId))) {
            throw new InvalidValue("decidedIn.agendaItemId", "this agenda item is about another case");
        }
    }

    private void add(AgendaEntry entry) {
        apply(new AgendaItemAdded(sessionId, entry.itemId(), entry.caseId(), entry.purpose(), entry.minutes()));
    }

    private static void requireNew(AgendaEntry entry, boolean newItem, boolean newCase) {
        if (!newItem) {
            throw new RuleViolation("item-already-on-agenda", "this item is already on the agenda");
        }
        if (!newCase) {
            throw new RuleViolation("case-already-on-agenda",
                    "case " + entry.caseId() + " is already on the agenda: one item per case");
        }
    }

    private CaseId requireItem(AgendaItemId itemId) {
        CaseId caseId = agenda.get(itemId);
        if (caseId == null) {
            throw new UnknownItem("unknown-agenda-item", "the agenda has no such item");
        }
        return caseId;
    }

    private void requireScheduled() {
        if (status == SessionStatus.CLOSED) {
            throw new RuleViolation("session-closed", "the session is closed: its minutes can only be corrected");
        }
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolation("session-cancelled", "the session was cancelled");
        }
    }

    private static void requireFuture(Instant startsAt, Clock clock) {
        if (!startsAt.isAfter(clock.instant())) {
            throw new InvalidValue("startsAt", "a session is planned for a time still to come");
        }
    }

    private static void requireChair(Actor actor, String message) {
        actor.require(Role.CHAIR, "not-the-chair", message);
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessionId = event.sessionId();
        status = SessionStatus.SCHEDULED;
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        status = SessionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda.put(event.itemId(), event.caseId());
    }

    @EventSourcingHandler
    void on(AgendaItemDropped event) {
        agenda.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaReordered event) {
        LinkedHashMap<AgendaItemId, CaseId> reordered = new LinkedHashMap<>();
        event.order().forEach(item -> reordered.put(item, agenda.get(item)));
        agenda = reordered;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        if (event.representedBy() == null) {
            present.remove(event.partner());
        } else {
            present.put(event.partner(), event.representedBy());
        }
    }

    @EventSourcingHandler
    void on(ConfidentialityAgreed event) {
        agreed.add(event.person());
    }

    @EventSourcingHandler
    void on(SessionClosed event) {
        status = SessionStatus.CLOSED;
    }
}
