package org.roundtable.projections.audit;

import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.CaseReviewDue;
import org.roundtable.core.cases.CaseReviewed;
import org.roundtable.core.cases.PostClosureReviewDue;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.cases.PostClosureReviewRecorded;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.ConsentGranted;
import org.roundtable.core.cases.ConsentRefused;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.InformationEvent;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.SubjectConsentRecorded;
import org.roundtable.core.cases.SubjectInformed;
import org.roundtable.core.cases.SubjectNotInformed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.people.AccountDeactivated;
import org.roundtable.core.people.AccountOpened;
import org.roundtable.core.people.CharterAgreed;
import org.roundtable.core.people.PartnerLeft;
import org.roundtable.core.people.PartnerRegistered;
import org.roundtable.core.people.RepresentativeAdded;
import org.roundtable.core.people.RepresentativeRemoved;
import org.roundtable.core.people.RoleGranted;
import org.roundtable.core.people.RoleRevoked;
import org.roundtable.core.sessions.ActionCarriedForward;
import org.roundtable.core.sessions.AgendaItemAdded;
import org.roundtable.core.sessions.AgendaItemDropped;
import org.roundtable.core.sessions.AgendaReordered;
import org.roundtable.core.sessions.AttendanceRecorded;
import org.roundtable.core.sessions.ConfidentialityAgreed;
import org.roundtable.core.sessions.ItemNoteRecorded;
import org.roundtable.core.sessions.MinutesCorrected;
import org.roundtable.core.sessions.SessionCancelled;
import org.roundtable.core.sessions.SessionClosed;
import org.roundtable.core.sessions.SessionRescheduled;
import org.roundtable.core.sessions.SessionScheduled;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one sentence a person reads for each type of event. Only structured fields go in: never free text
 * or the subject's identity, which the trail must be able to show after they have been erased. Every event
 * type has its sentence; {@code AuditDescriptionsTest} walks the sealed event hierarchies to prove it.
 */
public final class AuditDescriptions {

    /** How a protected source is named to those who may not know it. */
    public static final String A_PARTNER = "a partner";

    private static final Map<Class<?>, BiFunction<Object, String, String>> SENTENCES = new HashMap<>();

    static {
        sentence(ConcernRaised.class, e -> "Concern raised by %s (urgency %s, category %s)"
                .formatted(e.raisedBy().partner(), e.urgency(), e.category()));
        sentence(CaseOpened.class, e -> "Case opened, led by %s, with %s".formatted(e.lead(),
                e.participants().stream().sorted().map(PartnerId::value).collect(Collectors.joining(", "))));
        sentence(ConcernReferred.class, e -> "Concern referred to another service");
        sentence(ConcernDismissed.class, e -> "Concern dismissed");
        sentence(ConcernAdvised.class, e -> "Concern answered with advice only, and closed");
        sentence(ConcernSignposted.class, e -> "Concern signposted to " + e.partner());
        sentence(LeadChanged.class, e -> e.previous() == null ? "Lead handed to " + e.lead()
                : "Lead handed from %s to %s".formatted(e.previous(), e.lead()));
        sentence(ParticipantAdded.class, e -> e.partner() + " takes part in the case");
        sentence(ParticipantRemoved.class, e -> e.partner() + " no longer takes part in the case");
        about(InformationShared.class, (e, owner) -> "Information shared by %s at level %s".formatted(owner, e.level()));
        about(InformationWithdrawn.class, (e, owner) -> "Information withdrawn by " + owner);
        sentence(ActionAssigned.class, e -> "Action assigned to %s, due %s".formatted(e.assignee(), e.dueDate()));
        sentence(ActionCompleted.class, e -> "Action completed by " + e.assignee());
        sentence(ActionAccepted.class, e -> "Action accepted by " + e.assignee());
        sentence(ActionDeclined.class, e -> "Action declined by " + e.assignee());
        sentence(ActionProgressRecorded.class, e -> "Progress noted on an action by " + e.assignee());
        sentence(ActionCancelled.class, e -> "Action cancelled");
        sentence(ActionReassigned.class, e -> "Action reassigned from %s to %s".formatted(e.previousAssignee(), e.assignee()));
        sentence(ActionDueDateChanged.class, e -> "Action's due date moved to " + e.dueDate());
        sentence(ActionBecameOverdue.class, e -> "Action of %s overdue since %s".formatted(e.assignee(), e.dueDate()));
        about(ConsentRequested.class, (e, owner) -> "Consent of %s asked for an action to rely on its information"
                .formatted(owner));
        about(ConsentGranted.class, (e, owner) -> "Consent granted by %s for an action to rely on its information"
                .formatted(owner));
        about(ConsentRefused.class, (e, owner) -> "Consent refused by %s for an action to rely on its information"
                .formatted(owner));
        sentence(SubjectConsentRecorded.class, e -> "Subject's consent %s by the %s on %s"
                .formatted(e.decision().name().toLowerCase(Locale.ROOT), e.by().name().toLowerCase(Locale.ROOT), e.on()));
        sentence(SubjectInformed.class, e -> "Subject informed on " + e.on());
        sentence(SubjectNotInformed.class, e -> "Subject not informed: " + e.reason());
        sentence(CaseClosed.class, e -> "Case closed: " + e.reason());
        sentence(CaseReopened.class, e -> "Case reopened");
        sentence(ReviewScheduled.class, e -> "Next review planned for " + e.dueOn());
        sentence(CaseReviewed.class, e -> "Case reviewed on " + e.reviewedOn());
        sentence(CaseReviewDue.class, e -> "Review due since " + e.dueOn());
        sentence(PostClosureReviewDue.class, e -> "Review after closing due since " + e.dueOn());
        sentence(PostClosureReviewRecorded.class, e -> "Review after closing (due %s) recorded on %s: %s".formatted(
                e.dueOn(), e.reviewedOn(), e.outcome() == PostClosureReviewOutcome.CONCERN_AGAIN
                        ? "cause for concern again" : "no further concern"));

        sentence(PartnerRegistered.class, e -> "Partner %s registered as %s (sector %s)"
                .formatted(e.partnerId(), e.name(), e.sector()));
        sentence(CharterAgreed.class, e -> "Charter %s agreed by %s".formatted(e.charterVersion(), e.partnerId()));
        sentence(RepresentativeAdded.class, e -> "%s added as a representative of %s"
                .formatted(e.person(), e.partnerId()));
        sentence(RepresentativeRemoved.class, e -> "%s removed as a representative of %s"
                .formatted(e.person(), e.partnerId()));
        sentence(PartnerLeft.class, e -> "Partner %s left the round table".formatted(e.partnerId()));
        // The user name only: a display name is a person's full name, which the trail does not need.
        sentence(AccountOpened.class, e -> "Account %s opened, acting for %s".formatted(e.personId(), e.partner()));
        sentence(RoleGranted.class, e -> "Role %s granted to %s".formatted(e.role(), e.personId()));
        sentence(RoleRevoked.class, e -> "Role %s revoked from %s".formatted(e.role(), e.personId()));
        sentence(AccountDeactivated.class, e -> "Account %s deactivated".formatted(e.personId()));

        sentence(SessionScheduled.class, e -> "Session scheduled for %s, chaired by %s".formatted(e.startsAt(), e.chairedBy()));
        sentence(SessionRescheduled.class, e -> "Session moved to " + e.startsAt());
        sentence(SessionCancelled.class, e -> "Session cancelled");
        sentence(AgendaItemAdded.class, e -> "Case %s put on the agenda for %s, %d minutes"
                .formatted(e.caseId(), e.purpose().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.minutes()));
        sentence(AgendaItemDropped.class, e -> "Case %s taken off the agenda".formatted(e.caseId()));
        sentence(AgendaReordered.class, e -> "Agenda reordered");
        sentence(AttendanceRecorded.class, e -> e.representedBy() == null
                ? "%s recorded as %s".formatted(e.partner(), e.attendance().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                : "%s recorded as present, represented by %s".formatted(e.partner(), e.representedBy()));
        sentence(ConfidentialityAgreed.class, e -> "%s (%s) agreed to the confidentiality statement"
                .formatted(e.person(), e.partner()));
        sentence(ItemNoteRecorded.class, e -> "Note recorded about case " + e.caseId());
        sentence(ActionCarriedForward.class, e -> "Action %s of case %s carried forward to the next agenda: %s"
                .formatted(e.actionId(), e.caseId(), e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        sentence(SessionClosed.class, e -> "Session closed: its minutes are final");
        sentence(MinutesCorrected.class, e -> e.itemId() == null ? "Minutes corrected"
                : "Minutes corrected about agenda item " + e.itemId());
    }

    private AuditDescriptions() {
    }

    /** The sentence for this event; an event type without one is a bug that the tests catch. */
    public static String describe(Object event) {
        return sentence(event).apply(event, event instanceof InformationEvent item ? item.owner().value() : null);
    }

    /** The sentence for an event about information, naming its owner only as "a partner". */
    public static String describeWithoutSource(InformationEvent event) {
        return sentence(event).apply(event, A_PARTNER);
    }

    private static BiFunction<Object, String, String> sentence(Object event) {
        BiFunction<Object, String, String> sentence = SENTENCES.get(event.getClass());
        if (sentence == null) {
            throw new IllegalStateException("no audit description for " + event.getClass().getName());
        }
        return sentence;
    }

    /** The event types that have a sentence. */
    public static Set<Class<?>> describedTypes() {
        return Set.copyOf(SENTENCES.keySet());
    }

    private static <E> void sentence(Class<E> type, Function<E, String> sentence) {
        SENTENCES.put(type, (event, owner) -> sentence.apply(type.cast(event)));
    }

    /**
     * The sentence of an event about information: it names the owner only through the second argument, which
     * is the owner's id or "a partner", so that the sentence can be written without the source.
     */
    private static <E extends InformationEvent> void about(Class<E> type, BiFunction<E, String, String> sentence) {
        SENTENCES.put(type, (event, owner) -> sentence.apply(type.cast(event), owner));
    }
}
