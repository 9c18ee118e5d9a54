package org.roundtable.projections.testing;

import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The events of one case, each at its sequence number, an hour apart. The happy story: the police raise a
 * concern (0), the chair opens a case with police and school (1), both share information (2, 3), the chair
 * assigns the school an action relying on the school's item (4), the police withdraw theirs (5), the school
 * completes the action (6), the chair closes the case (7) and reopens it (8).
 */
public final class CaseStory {

    public static final PartnerId POLICE = PartnerId.of("police");
    public static final PartnerId SCHOOL = PartnerId.of("school");
    public static final Actor OFFICER = Actor.of("officer.bram", "police");
    public static final Actor TEACHER = Actor.of("teacher.carla", "school");
    public static final Actor CHAIR = Actor.of("chair.anna", "city");
    public static final SubjectIdentity SUBJECT =
            new SubjectIdentity("Sam", "Peeters", LocalDate.of(2009, 5, 17), AgeBand.AGE_16_TO_17);
    public static final String SUMMARY = "Sam has started sharing extremist videos in class.";
    public static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    public final CaseId caseId = CaseId.random();
    public final CaseNumber caseNumber;
    public final Instant start;
    public final InformationId policeInformation = InformationId.random();
    public final InformationId schoolInformation = InformationId.random();
    public final ActionId action = ActionId.random();

    public CaseStory(CaseNumber caseNumber, Instant start) {
        this.caseNumber = caseNumber;
        this.start = start;
    }

    public static CaseStory aCase() {
        return new CaseStory(CaseNumber.of("2026-0042"), Instant.parse("2026-03-02T09:00:00Z"));
    }

    public List<Recorded<? extends CaseEvent>> happyStory() {
        return List.of(raised(), opened(), policeShared(), schoolShared(), actionAssigned(), policeWithdrew(),
                actionCompleted(), closed(), reopened());
    }

    public Recorded<ConcernRaised> raised() {
        return raisedAs(ConcernCategory.RADICALISATION);
    }

    /** The concern, of the given category. */
    public Recorded<ConcernRaised> raisedAs(ConcernCategory category) {
        return at(0, OFFICER, new ConcernRaised(caseId, caseNumber, OFFICER, SUBJECT, PersonalText.of(SUMMARY),
                Urgency.HIGH, category));
    }

    public Recorded<CaseOpened> opened() {
        return at(1, CHAIR, new CaseOpened(caseId, POLICE, Set.of(SCHOOL, POLICE)));
    }

    public Recorded<ConcernReferred> referred() {
        return at(1, CHAIR, new ConcernReferred(caseId, "youth care services",
                PersonalText.of("Family problems, not radicalisation.")));
    }

    public Recorded<ConcernDismissed> dismissed() {
        return at(1, CHAIR, new ConcernDismissed(caseId, PersonalText.of("A misunderstanding about a school essay.")));
    }

    public Recorded<ConcernAdvised> advised() {
        return at(1, CHAIR, new ConcernAdvised(caseId, PersonalText.of("Talk with the parents first; call us if it grows.")));
    }

    /** Signposted to youth work, which the story's case otherwise never involves. */
    public Recorded<ConcernSignposted> signposted() {
        return at(1, CHAIR, new ConcernSignposted(caseId, PartnerId.of("youth-work"),
                PersonalText.of("Youth work knows the family and takes it up.")));
    }

    public Recorded<InformationShared> policeShared() {
        return at(2, OFFICER, new InformationShared(caseId, policeInformation, POLICE,
                PersonalText.of("Known contact with a recruiter."), SharingLevel.AMBER, false));
    }

    public Recorded<InformationShared> schoolShared() {
        return at(3, TEACHER, new InformationShared(caseId, schoolInformation, SCHOOL,
                PersonalText.of("Absent every Friday since January."), SharingLevel.GREEN, true));
    }

    public Recorded<ActionAssigned> actionAssigned() {
        return at(4, CHAIR, new ActionAssigned(caseId, action, SCHOOL, PersonalText.of("Talk with the parents."),
                DUE, Set.of(schoolInformation)));
    }

    public Recorded<InformationWithdrawn> policeWithdrew() {
        return at(5, OFFICER, new InformationWithdrawn(caseId, policeInformation, POLICE,
                PersonalText.of("The contact was someone else.")));
    }

    public Recorded<ActionCompleted> actionCompleted() {
        return at(6, TEACHER, new ActionCompleted(caseId, action, SCHOOL,
                PersonalText.of("The parents will keep in touch with the school.")));
    }

    public Recorded<CaseClosed> closed() {
        return at(7, CHAIR, new CaseClosed(caseId, ClosureReason.RISK_REDUCED, PersonalText.of("Back on track.")));
    }

    public Recorded<CaseReopened> reopened() {
        return at(8, CHAIR, new CaseReopened(caseId, PersonalText.of("New videos shared.")));
    }

    /** After the reopening (8), the case is closed a second time (9). */
    public Recorded<CaseClosed> closedAgain() {
        return at(9, CHAIR, new CaseClosed(caseId, ClosureReason.RISK_REDUCED, PersonalText.of("Calm again.")));
    }

    /** Another event of this case, at a sequence number of its own, by this actor: for stories the happy one lacks. */
    public <E extends CaseEvent> Recorded<E> then(long sequence, Actor actor, E event) {
        return at(sequence, actor, event);
    }

    /** When the event at this sequence number happened: an hour after the one before. */
    public Instant time(long sequence) {
        return start.plus(Duration.ofHours(sequence));
    }

    private <E extends CaseEvent> Recorded<E> at(long sequence, Actor actor, E event) {
        // The same event always has the same identifier, as it would when the store replays it.
        String identifier = UUID.nameUUIDFromBytes((caseId + "/" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Recorded<>(event, sequence, time(sequence), actor, identifier, "request-" + sequence);
    }
}
