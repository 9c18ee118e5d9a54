package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerDirectory;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sharing.CaseAccess;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case of the round table, from the concern that started it. Every rule about a case is here:
 * command handlers decide and apply events; event-sourcing handlers only record. Its state is snapshotted
 * as JSON field by field, so that a case with a long history loads quickly. The snapshot's revision changes when
 * the state kept changes in a way an older snapshot cannot answer for: a snapshot of another revision is passed
 * over and the case is loaded from its events (revision 2 keeps the lead, and the reviews after closing that fell
 * due).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@Revision("2")
public class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStatus status;
    /** The partner that raised the concern: it learns the screening outcome. Null in a snapshot from before it was kept. */
    private PartnerId raisedBy;
    // Not final: a snapshot is read back into these fields.
    private Set<PartnerId> participants = new TreeSet<>();
    /** The partner leading an open or closed case; null before it was opened. */
    private PartnerId lead;
    private Map<InformationId, InformationItem> information = new HashMap<>();
    private Map<ActionId, ActionItem> actions = new HashMap<>();
    /** The day of an open case's next review; null while it is not open, or in a snapshot from before reviews. */
    private LocalDate nextReviewOn;
    /** Whether that review was recorded due already. */
    private boolean reviewDue;
    /** The reviews planned when the case closed that have not fallen due yet. */
    private Set<LocalDate> postClosureReviews = new TreeSet<>();
    /** The reviews after closing whose day has come and that the chair has not recorded yet. */
    private Set<LocalDate> postClosureReviewsDue = new TreeSet<>();

    /** Stands for the raiser of a case whose snapshot predates {@link #raisedBy}: no partner is it. */
    private static final PartnerId NOBODY = new PartnerId("");

    private record InformationItem(PartnerId owner, boolean withdrawn) { }

    /** For Axon: rebuilt from its events, or read back from a snapshot field by field. */
    @JsonCreator
    protected Case() {
    }

    @CommandHandler
    public Case(RaiseConcern command, Clock clock, PartnerDirectory partners) {
        requireRepresentative(command.actor(), "only a partner's representative raises concerns");
        if (!partners.isActive(command.actor().partner())) {
            throw new RuleViolation("partner-has-left", "a partner that has left the round table raises no concerns");
        }
        LocalDate born = command.subject().dateOfBirth();
        if (born != null && born.isAfter(LocalDate.now(clock))) {
            throw new InvalidValue("subject.dateOfBirth", "a date of birth cannot be in the future");
        }
        if (command.repeatOf() != null && command.repeatOf().caseId().equals(command.caseId())) {
            throw new InvalidValue("repeatOf", "a case cannot repeat itself");
        }
        apply(new ConcernRaised(command.caseId(), command.caseNumber(), command.actor(), command.subject(),
                command.summary(), command.urgency(), command.category(), command.repeatOf()));
    }

    /**
     * Before every command on a case: a case the actor may not know of (their partner takes no part and did not
     * raise it, has left the round table, or their roles see no case) answers as an unknown one, so that a
     * command never tells anyone that a case exists. The need-to-know rules decide, as they do for reads.
     */
    @CommandHandlerInterceptor
    void knownTo(CaseCommand command, PartnerDirectory partners) {
        Actor actor = command.actor();
        Reader reader = new Reader(actor.person(), actor.partner(), actor.roles(), partners.isActive(actor.partner()));
        PartnerId raiser = raisedBy == null ? NOBODY : raisedBy;
        if (NeedToKnow.access(reader, new CaseFacts(raiser, participants)) == CaseAccess.NONE) {
            throw new UnknownItem("unknown-case", "there is no such case");
        }
    }

    @CommandHandler
    void handle(ScreenConcern command, PartnerDirectory partners, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair screens concerns");
        if (status != CaseStatus.RAISED) {
            throw new RuleViolation("concern-already-screened", "this concern has already been screened");
        }
        if (command.decision() instanceof ScreeningDecision.OpenCase open) {
            requireActive(partners, open.lead(), "lead");
            open.participants().forEach(participant -> requireActive(partners, participant, "participants"));
            apply(new CaseOpened(caseId, open.lead(), open.participants()));
            scheduleReview(LocalDate.now(clock).plus(command.reviewInterval()), clock, deadlines);
        } else if (command.decision() instanceof ScreeningDecision.Refer refer) {
            apply(new ConcernReferred(caseId, refer.referredTo(), refer.reason()));
        } else if (command.decision() instanceof ScreeningDecision.AdviseOnly advice) {
            apply(new ConcernAdvised(caseId, advice.advice()));
        } else if (command.decision() instanceof ScreeningDecision.Signpost signpost) {
            requireActive(partners, signpost.partner(), "partner");
            apply(new ConcernSignposted(caseId, signpost.partner(), signpost.feedback()));
        } else if (command.decision() instanceof ScreeningDecision.Dismiss dismiss) {
            apply(new ConcernDismissed(caseId, dismiss.reason()));
        } else {
            throw new IllegalStateException("a screening decision this aggregate does not know: " + command.decision());
        }
    }

    @CommandHandler
    void handle(ChangeLead command, PartnerDirectory partners) {
        requireChair(command.actor(), "only the chair changes a case's lead");
        requireOpen("only an open case changes its lead");
        requireActive(partners, command.lead(), "lead");
        requireParticipant(command.lead(), "the new lead must take part in the case: add the partner first");
        if (command.lead().equals(lead)) {
            throw new RuleViolation("same-lead", "the case is already led by " + lead);
        }
        apply(new LeadChanged(caseId, lead, command.lead()));
    }

    @CommandHandler
    void handle(AddParticipant command, PartnerDirectory partners) {
        requireChair(command.actor(), "only the chair brings partners into a case");
        requireOpen("partners join only an open case");
        requireActive(partners, command.partner(), "partner");
        if (participants.contains(command.partner())) {
            throw new RuleViolation("already-a-participant", command.partner() + " already takes part in the case");
        }
        apply(new ParticipantAdded(caseId, command.partner()));
    }

    /**
     * A partner leaves an open case only once nothing in the case waits for it: it does not lead the case, no action
     * assigned to it is still open, and no consent to rely on its information is still to be decided (once it has
     * left, the case answers it as an unknown one, so it could not decide).
     */
    @CommandHandler
    void handle(RemoveParticipant command) {
        requireChair(command.actor(), "only the chair takes partners out of a case");
        requireOpen("partners leave only an open case");
        PartnerId partner = command.partner();
        requireParticipant(partner, partner + " does not take part in the case");
        if (partner.equals(lead)) {
            throw new RuleViolation("partner-leads-the-case",
                    partner + " leads the case: hand the lead to another partner first");
        }
        if (actions.values().stream().anyMatch(action -> action.stage().open() && action.assignee().equals(partner))) {
            throw new RuleViolation("partner-has-open-actions",
                    partner + " still has open actions in the case: reassign or cancel them first");
        }
        boolean consentAwaited = actions.values().stream().flatMap(action -> action.consents().entrySet().stream())
                .anyMatch(consent -> consent.getValue() == ActionItem.Consent.PENDING
                        && information.get(consent.getKey()).owner().equals(partner));
        if (consentAwaited) {
            throw new RuleViolation("partner-has-pending-consents",
                    partner + " has still to decide on consent to rely on its information: it leaves after deciding");
        }
        apply(new ParticipantRemoved(caseId, partner, command.reason()));
    }

    @CommandHandler
    void handle(ShareInformation command) {
        requireRepresentative(command.actor(), "only a partner's representative shares information");
        requireOpen("information can only be shared in an open case");
        PartnerId owner = command.actor().partner();
        requireParticipant(owner, "only partners taking part in the case may share information in it");
        if (information.containsKey(command.informationId())) {
            throw new RuleViolation("information-already-shared", "this information has already been shared");
        }
        apply(new InformationShared(caseId, command.informationId(), owner, command.content(), command.level(),
                command.sourceProtected()));
    }

    @CommandHandler
    void handle(WithdrawInformation command) {
        requireRepresentative(command.actor(), "only a partner's representative withdraws information");
        InformationItem item = information.get(command.informationId());
        if (item == null) {
            throw new UnknownItem("unknown-information", "the case has no such information");
        }
        PartnerId actor = command.actor().partner();
        if (!item.owner().equals(actor)) {
            throw new NotAllowed("not-the-owner", "only the partner that shared information may withdraw it");
        }
        if (item.withdrawn()) {
            throw new RuleViolation("information-already-withdrawn", "this information has already been withdrawn");
        }
        apply(new InformationWithdrawn(caseId, command.informationId(), actor, command.reason()));
    }

    @CommandHandler
    void handle(AssignAction command, Clock clock, PartnerDirectory partners, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair assigns actions");
        requireOpen("actions can only be assigned in an open case");
        requireActive(partners, command.assignee(), "assignee");
        requireParticipant(command.assignee(), "the assignee must take part in the case");
        if (actions.containsKey(command.actionId())) {
            throw new RuleViolation("action-already-assigned", "this action has already been assigned");
        }
        if (command.dueDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("due-date-in-past", "the due date of an action cannot be in the past");
        }
        if (!information.keySet().containsAll(command.reliesOn())) {
            throw new UnknownItem("unknown-information", "an action can only rely on information shared in the case");
        }
        if (command.reliesOn().stream().anyMatch(relied -> information.get(relied).withdrawn())) {
            throw new RuleViolation("information-withdrawn", "an action cannot rely on withdrawn information");
        }
        apply(new ActionAssigned(caseId, command.actionId(), command.assignee(), command.description(),
                command.dueDate(), command.reliesOn()));
        requestConsents(command.actionId(), command.reliesOn(), command.assignee());
        schedule(deadlines, new ActionDue(command.actionId(), command.dueDate()), clock);
    }

    /** One consent request per relied-on item of a partner other than the assignee that none was asked for yet. */
    private void requestConsents(ActionId actionId, Set<InformationId> reliesOn, PartnerId assignee) {
        Map<InformationId, ActionItem.Consent> asked = actions.containsKey(actionId) ? actions.get(actionId).consents() : Map.of();
        reliesOn.stream()
                .sorted(Comparator.comparing(InformationId::value))
                .filter(relied -> !information.get(relied).owner().equals(assignee) && !asked.containsKey(relied))
                .forEach(relied -> apply(new ConsentRequested(caseId, actionId, relied, information.get(relied).owner())));
    }

    @CommandHandler
    void handle(AcceptAction command) {
        ActionItem action = requireAssigneeOf(command.actor(), command.actionId(), "accepts");
        requireStage(action, ActionStage.ASSIGNED);
        apply(new ActionAccepted(caseId, command.actionId(), action.assignee()));
    }

    @CommandHandler
    void handle(DeclineAction command) {
        ActionItem action = requireAssigneeOf(command.actor(), command.actionId(), "declines");
        requireStage(action, ActionStage.ASSIGNED);
        apply(new ActionDeclined(caseId, command.actionId(), action.assignee(), command.reason()));
    }

    @CommandHandler
    void handle(RecordActionProgress command) {
        ActionItem action = requireAssigneeOf(command.actor(), command.actionId(), "records progress on");
        requireStage(action, ActionStage.ASSIGNED, ActionStage.ACCEPTED);
        apply(new ActionProgressRecorded(caseId, command.actionId(), action.assignee(), command.note()));
    }

    @CommandHandler
    void handle(CancelAction command, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair cancels actions");
        ActionItem action = requireAction(command.actionId());
        requireStage(action, ActionStage.ASSIGNED, ActionStage.ACCEPTED, ActionStage.DECLINED);
        apply(new ActionCancelled(caseId, command.actionId(), command.reason()));
        deadlines.cancelAllWithinScope(ActionDue.deadlineName(command.actionId()));
    }

    @CommandHandler
    void handle(ReassignAction command, PartnerDirectory partners) {
        requireChair(command.actor(), "only the chair reassigns actions");
        requireOpen("actions can only be reassigned in an open case");
        ActionItem action = requireAction(command.actionId());
        requireStage(action, ActionStage.ASSIGNED, ActionStage.ACCEPTED, ActionStage.DECLINED);
        requireActive(partners, command.assignee(), "assignee");
        requireParticipant(command.assignee(), "the assignee must take part in the case");
        if (action.assignee().equals(command.assignee())) {
            throw new RuleViolation("same-assignee", "the action is already assigned to " + command.assignee());
        }
        apply(new ActionReassigned(caseId, command.actionId(), action.assignee(), command.assignee(), command.reason()));
        requestConsents(command.actionId(), action.reliesOn(), command.assignee());
    }

    @CommandHandler
    void handle(ChangeActionDueDate command, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair moves an action's due date");
        ActionItem action = requireAction(command.actionId());
        requireStage(action, ActionStage.ASSIGNED, ActionStage.ACCEPTED);
        if (command.dueDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("due-date-in-past", "the due date of an action cannot be in the past");
        }
        if (command.dueDate().equals(action.dueDate())) {
            throw new RuleViolation("same-due-date", "the action is already due on " + command.dueDate());
        }
        apply(new ActionDueDateChanged(caseId, command.actionId(), command.dueDate(), command.reason()));
        deadlines.cancelAllWithinScope(ActionDue.deadlineName(command.actionId()));
        schedule(deadlines, new ActionDue(command.actionId(), command.dueDate()), clock);
    }

    /**
     * An action's deadline is met: the action becomes overdue once, if it is still open and still due on that day
     * (a deadline that outlived a change of due date, a completion or a cancellation changes nothing).
     */
    @DeadlineHandler
    void on(ActionDue due) {
        ActionItem action = actions.get(due.actionId());
        if (action != null && action.stage().open() && !action.overdue()
                && (action.dueDate() == null || action.dueDate().equals(due.dueDate()))) {
            apply(new ActionBecameOverdue(caseId, due.actionId(), action.assignee(), due.dueDate()));
        }
    }

    private static void schedule(DeadlineManager deadlines, ActionDue due, Clock clock) {
        deadlines.schedule(due.passesAt(clock), ActionDue.deadlineName(due.actionId()), due);
    }

    @CommandHandler
    void handle(GrantConsent command) {
        PartnerId owner = requireUndecidedConsent(command.actor(), command.actionId(), command.informationId());
        apply(new ConsentGranted(caseId, command.actionId(), command.informationId(), owner));
    }

    @CommandHandler
    void handle(RefuseConsent command) {
        PartnerId owner = requireUndecidedConsent(command.actor(), command.actionId(), command.informationId());
        apply(new ConsentRefused(caseId, command.actionId(), command.informationId(), owner, command.reason()));
    }

    @CommandHandler
    void handle(CompleteAction command, DeadlineManager deadlines) {
        ActionItem action = requireAssigneeOf(command.actor(), command.actionId(), "completes");
        requireStage(action, ActionStage.ASSIGNED, ActionStage.ACCEPTED);
        if (action.consents().containsValue(ActionItem.Consent.REFUSED)) {
            throw new RuleViolation("consent-refused",
                    "the owner of information this action relies on refused consent: it cannot be completed");
        }
        if (action.consents().containsValue(ActionItem.Consent.PENDING)) {
            throw new RuleViolation("consent-pending",
                    "an action cannot be completed before the owners of the information it relies on consent");
        }
        apply(new ActionCompleted(caseId, command.actionId(), action.assignee(), command.outcome()));
        deadlines.cancelAllWithinScope(ActionDue.deadlineName(command.actionId()));
    }

    @CommandHandler
    void handle(RecordSubjectConsent command, Clock clock) {
        requireSpeaksForTheCase(command.actor(), "the subject's consent");
        requireNotAfterToday(command.on(), clock, "a consent's date cannot be in the future");
        apply(new SubjectConsentRecorded(caseId, command.decision(), command.by(), command.on()));
    }

    @CommandHandler
    void handle(RecordSubjectInformed command, Clock clock) {
        requireSpeaksForTheCase(command.actor(), "that the subject was informed");
        requireNotAfterToday(command.on(), clock, "the day the subject was informed cannot be in the future");
        apply(new SubjectInformed(caseId, command.on()));
    }

    @CommandHandler
    void handle(RecordSubjectNotInformed command) {
        requireSpeaksForTheCase(command.actor(), "that the subject is not informed");
        apply(new SubjectNotInformed(caseId, command.reason(), command.note()));
    }

    @CommandHandler
    void handle(CloseCase command, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair closes cases");
        requireOpen("only an open case can be closed");
        LocalDate today = LocalDate.now(clock);
        if (command.postClosureReviews().stream().anyMatch(day -> !day.isAfter(today))) {
            throw new RuleViolation("review-date-in-past", "a review after closing is planned for a day after today");
        }
        if (Set.copyOf(command.postClosureReviews()).size() != command.postClosureReviews().size()) {
            throw new InvalidValue("postClosureReviews", "each review after closing is planned for a different day");
        }
        List<LocalDate> planned = command.postClosureReviews().stream().sorted().toList();
        apply(new CaseClosed(caseId, command.reason(), command.note(), command.report(), planned));
        deadlines.cancelAllWithinScope(ReviewFallsDue.nextReview(caseId));
        planned.forEach(day -> schedule(deadlines, new ReviewFallsDue(day, true), clock));
    }

    @CommandHandler
    void handle(ReopenCase command, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair reopens cases");
        if (status != CaseStatus.CLOSED) {
            throw new RuleViolation("case-not-closed", "only a closed case can be reopened");
        }
        apply(new CaseReopened(caseId, command.reason()));
        deadlines.cancelAllWithinScope(ReviewFallsDue.afterClosure(caseId));
        scheduleReview(LocalDate.now(clock).plus(command.reviewInterval()), clock, deadlines);
    }

    @CommandHandler
    void handle(ScheduleReview command, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair sets the date of a case's review");
        requireOpen("only an open case has reviews");
        if (command.dueOn().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("review-date-in-past", "a review cannot be planned for a day in the past");
        }
        if (command.dueOn().equals(nextReviewOn)) {
            throw new RuleViolation("same-review-date", "the case's review is already planned for " + command.dueOn());
        }
        scheduleReview(command.dueOn(), clock, deadlines);
    }

    @CommandHandler
    void handle(RecordReview command, Clock clock, DeadlineManager deadlines) {
        requireChair(command.actor(), "only the chair records a case's review");
        requireOpen("only an open case has reviews");
        LocalDate today = LocalDate.now(clock);
        LocalDate next = command.nextReviewOn() == null ? today.plus(command.interval()) : command.nextReviewOn();
        if (!next.isAfter(today)) {
            throw new RuleViolation("review-date-in-past", "the next review is planned for a day after today");
        }
        apply(new CaseReviewed(caseId, command.note(), today));
        scheduleReview(next, clock, deadlines);
    }

    /**
     * The chair records the earliest review after closing that has fallen due (its deadline recorded it due), with
     * what was found and whether the case gives cause for concern again. It stays closed either way: reopening is
     * the chair's own decision.
     */
    @CommandHandler
    void handle(RecordPostClosureReview command, Clock clock) {
        requireChair(command.actor(), "only the chair records a review after closing");
        if (status != CaseStatus.CLOSED) {
            throw new RuleViolation("case-not-closed", "only a closed case has reviews after closing");
        }
        if (postClosureReviewsDue.isEmpty()) {
            throw new RuleViolation("no-review-due", "no review after closing is due: each is recorded once, from its day on");
        }
        LocalDate dueOn = postClosureReviewsDue.iterator().next();
        apply(new PostClosureReviewRecorded(caseId, dueOn, command.note(), command.outcome(), LocalDate.now(clock)));
    }

    /** The open case's next review is on this day: recorded, and its deadline moved there. */
    private void scheduleReview(LocalDate dueOn, Clock clock, DeadlineManager deadlines) {
        apply(new ReviewScheduled(caseId, dueOn));
        deadlines.cancelAllWithinScope(ReviewFallsDue.nextReview(caseId));
        schedule(deadlines, new ReviewFallsDue(dueOn, false), clock);
    }

    private void schedule(DeadlineManager deadlines, ReviewFallsDue review, Clock clock) {
        deadlines.schedule(review.arrivesAt(clock), review.deadlineName(caseId), review);
    }

    /**
     * A review's day has come: recorded once, if the case still stands where the review was planned (open and
     * reviewed on that day, or closed with that review planned). A deadline that outlived a change of date, a
     * closing or a reopening changes nothing.
     */
    @DeadlineHandler
    void on(ReviewFallsDue review) {
        if (review.afterClosure()) {
            if (status == CaseStatus.CLOSED && postClosureReviews.contains(review.dueOn())) {
                apply(new PostClosureReviewDue(caseId, review.dueOn()));
            }
        } else if (status == CaseStatus.OPEN && review.dueOn().equals(nextReviewOn) && !reviewDue) {
            apply(new CaseReviewDue(caseId, review.dueOn()));
        }
    }

    /**
     * The owner of an item decides, once, whether an action may rely on it: returns the owner when the actor
     * represents it and consent was asked and not yet decided.
     */
    private PartnerId requireUndecidedConsent(Actor actor, ActionId actionId, InformationId informationId) {
        requireRepresentative(actor, "only a partner's representative decides on consent");
        ActionItem action = requireAction(actionId);
        ActionItem.Consent consent = action.consents().get(informationId);
        if (consent == null) {
            throw new UnknownItem("unknown-consent", "the action did not ask consent to rely on this information");
        }
        PartnerId owner = information.get(informationId).owner();
        if (!owner.equals(actor.partner())) {
            throw new NotAllowed("not-the-owner", "only the partner that shared information decides on consent to rely on it");
        }
        if (consent != ActionItem.Consent.PENDING) {
            throw new RuleViolation("consent-already-decided", "consent for this information has already been decided");
        }
        return owner;
    }

    /**
     * What the subject agreed to and was told is recorded by the chair or a representative of a participating
     * partner, once the case was opened (it may be closed since).
     */
    private void requireSpeaksForTheCase(Actor actor, String what) {
        boolean chair = actor.holds(Role.CHAIR);
        if (!chair) {
            requireRepresentative(actor, "only the chair or a participating partner's representative records " + what);
        }
        if (status != CaseStatus.OPEN && status != CaseStatus.CLOSED) {
            throw new RuleViolation("case-not-open", "only a case that was opened records " + what);
        }
        if (!chair) {
            requireParticipant(actor.partner(), "only the chair or a partner taking part in the case records " + what);
        }
    }

    private ActionItem requireAction(ActionId actionId) {
        ActionItem action = actions.get(actionId);
        if (action == null) {
            throw new UnknownItem("unknown-action", "the case has no such action");
        }
        return action;
    }

    /** The action, when the actor represents the partner it is assigned to. */
    private ActionItem requireAssigneeOf(Actor actor, ActionId actionId, String what) {
        requireRepresentative(actor, "only a partner's representative " + what + " actions");
        ActionItem action = requireAction(actionId);
        if (!action.assignee().equals(actor.partner())) {
            throw new NotAllowed("not-the-assignee", "only the partner an action is assigned to " + what + " it");
        }
        return action;
    }

    /** Refuses unless the action stands at one of these stages, saying where it stands instead. */
    private static void requireStage(ActionItem action, ActionStage... allowed) {
        ActionStage stage = action.stage();
        if (List.of(allowed).contains(stage)) {
            return;
        }
        throw switch (stage) {
            case COMPLETED -> new RuleViolation("action-already-completed", "this action has already been completed");
            case CANCELLED -> new RuleViolation("action-cancelled", "this action was cancelled");
            case DECLINED -> new RuleViolation("action-declined", "this action was declined: the chair may reassign it");
            case ACCEPTED -> new RuleViolation("action-already-accepted", "this action has already been accepted");
            case ASSIGNED -> new RuleViolation("action-not-answered", "the assignee has not answered this action yet");
        };
    }

    /** A date on which something happened: today or before, "today" as the service's clock reads it. */
    private static void requireNotAfterToday(LocalDate date, Clock clock, String message) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidValue("on", message);
        }
    }

    private static void requireChair(Actor actor, String message) {
        actor.require(Role.CHAIR, "not-the-chair", message);
    }

    private static void requireRepresentative(Actor actor, String message) {
        actor.require(Role.PARTNER, "not-a-representative", message);
    }

    /** A lead, participant or assignee is a partner of the round table now: registered, and not left. */
    private static void requireActive(PartnerDirectory partners, PartnerId partner, String field) {
        if (!partners.isActive(partner)) {
            throw new RuleViolation("not-a-registered-partner",
                    field + ": " + partner + " is not a partner of the round table");
        }
    }

    private void requireOpen(String message) {
        if (status != CaseStatus.OPEN) {
            throw new RuleViolation("case-not-open", message);
        }
    }

    private void requireParticipant(PartnerId partner, String message) {
        if (!participants.contains(partner)) {
            throw new RuleViolation("not-a-participant", message);
        }
    }

    @EventSourcingHandler
    void on(ConcernRaised event) {
        caseId = event.caseId();
        raisedBy = event.raisedBy().partner();
        status = CaseStatus.RAISED;
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        status = CaseStatus.OPEN;
        lead = event.lead();
        participants.addAll(event.participants());
    }

    @EventSourcingHandler
    void on(LeadChanged event) {
        lead = event.lead();
    }

    @EventSourcingHandler
    void on(ParticipantAdded event) {
        participants.add(event.partner());
    }

    @EventSourcingHandler
    void on(ParticipantRemoved event) {
        participants.remove(event.partner());
    }

    @EventSourcingHandler
    void on(ConcernReferred event) {
        status = CaseStatus.REFERRED;
    }

    @EventSourcingHandler
    void on(ConcernAdvised event) {
        status = CaseStatus.ADVISED;
    }

    @EventSourcingHandler
    void on(ConcernSignposted event) {
        status = CaseStatus.SIGNPOSTED;
        participants.add(event.partner());
    }

    @EventSourcingHandler
    void on(ConcernDismissed event) {
        status = CaseStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(InformationShared event) {
        information.put(event.informationId(), new InformationItem(event.owner(), false));
    }

    @EventSourcingHandler
    void on(InformationWithdrawn event) {
        information.computeIfPresent(event.informationId(), (id, item) -> new InformationItem(item.owner(), true));
    }

    @EventSourcingHandler
    void on(ActionAssigned event) {
        actions.put(event.actionId(), ActionItem.assigned(event.assignee(), event.dueDate(), event.reliesOn()));
    }

    @EventSourcingHandler
    void on(ActionAccepted event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.at(ActionStage.ACCEPTED));
    }

    @EventSourcingHandler
    void on(ActionDeclined event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.at(ActionStage.DECLINED));
    }

    @EventSourcingHandler
    void on(ActionCancelled event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.at(ActionStage.CANCELLED));
    }

    @EventSourcingHandler
    void on(ActionReassigned event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.reassignedTo(event.assignee()));
    }

    @EventSourcingHandler
    void on(ActionDueDateChanged event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.dueOn(event.dueDate()));
    }

    @EventSourcingHandler
    void on(ActionBecameOverdue event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.nowOverdue());
    }

    @EventSourcingHandler
    void on(ConsentRequested event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.with(event.informationId(), ActionItem.Consent.PENDING));
    }

    @EventSourcingHandler
    void on(ConsentGranted event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.with(event.informationId(), ActionItem.Consent.GRANTED));
    }

    @EventSourcingHandler
    void on(ConsentRefused event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.with(event.informationId(), ActionItem.Consent.REFUSED));
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.at(ActionStage.COMPLETED));
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CaseStatus.CLOSED;
        nextReviewOn = null;
        reviewDue = false;
        postClosureReviews = new TreeSet<>(event.postClosureReviews());
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = CaseStatus.OPEN;
        postClosureReviews = new TreeSet<>();
        postClosureReviewsDue = new TreeSet<>();
    }

    @EventSourcingHandler
    void on(ReviewScheduled event) {
        nextReviewOn = event.dueOn();
        reviewDue = false;
    }

    @EventSourcingHandler
    void on(CaseReviewDue event) {
        reviewDue = true;
    }

    @EventSourcingHandler
    void on(PostClosureReviewDue event) {
        postClosureReviews.remove(event.dueOn());
        postClosureReviewsDue.add(event.dueOn());
    }

    @EventSourcingHandler
    void on(PostClosureReviewRecorded event) {
        postClosureReviewsDue.remove(event.dueOn());
    }
}
