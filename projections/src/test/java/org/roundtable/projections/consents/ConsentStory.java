package org.roundtable.projections.consents;

import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConsentGranted;
import org.roundtable.core.cases.ConsentHolder;
import org.roundtable.core.cases.ConsentRefused;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.NotInformedReason;
import org.roundtable.core.cases.SubjectConsentDecision;
import org.roundtable.core.cases.SubjectConsentRecorded;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.SubjectInformed;
import org.roundtable.core.cases.SubjectNotInformed;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;
import org.roundtable.projections.testing.Recorded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The events of one case about consent, each at its sequence number, an hour apart. Mental health raises a
 * concern (0); the chair opens a case led by the police with the school (1); the police share a RED item and ask
 * not to be named (2) and an AMBER_STRICT one, named (3); the chair assigns the school an action relying on both
 * (4), which asks the police's consent for each (5, 6); the police refuse the first, saying why (7), and grant the
 * second (8); the chair records that a parent gave consent (9); the police record that the subject is not
 * informed, with a note (10); the school records that the subject was informed (11), then that the subject
 * withdrew consent (12); the police withdraw their AMBER_STRICT item (13).
 */
final class ConsentStory {

    static final PartnerId POLICE = PartnerId.of("police");
    static final PartnerId SCHOOL = PartnerId.of("school");
    static final PartnerId MENTAL_HEALTH = PartnerId.of("mental-health");
    static final Actor NURSE = Actor.of("nurse.ilse", "mental-health");
    static final Actor OFFICER = Actor.of("officer.bram", "police");
    static final Actor TEACHER = Actor.of("teacher.carla", "school");
    static final Actor CHAIR = Actor.of("chair.anna", "city");
    static final String REFUSAL = "An investigation is under way; nobody may act on this yet.";
    static final String NOTE = "Not before the hearing.";
    static final LocalDate PARENT_CONSENTED = LocalDate.of(2026, 3, 1);
    static final LocalDate INFORMED = LocalDate.of(2026, 3, 2);
    static final LocalDate WITHDRAWN = LocalDate.of(2026, 3, 3);

    final CaseId caseId = CaseId.random();
    final InformationId protectedRed = InformationId.random();
    final InformationId namedAmber = InformationId.random();
    final ActionId action = ActionId.random();
    final Instant start = Instant.parse("2026-03-02T09:00:00Z");

    List<Recorded<? extends CaseEvent>> all() {
        return List.of(raised(), opened(), redShared(), amberShared(), assigned(), redAsked(), amberAsked(), redRefused(),
                amberGranted(), parentConsented(), notInformed(), informed(), subjectWithdrew(), amberWithdrawn());
    }

    Recorded<ConcernRaised> raised() {
        return at(0, NURSE, new ConcernRaised(caseId, CaseNumber.of("2026-0042"), NURSE,
                new SubjectIdentity("Sam", "Peeters", null, AgeBand.AGE_16_TO_17),
                PersonalText.of("Talks about leaving to fight abroad."), Urgency.HIGH, ConcernCategory.RADICALISATION));
    }

    Recorded<CaseOpened> opened() {
        return at(1, CHAIR, new CaseOpened(caseId, POLICE, Set.of(POLICE, SCHOOL)));
    }

    Recorded<InformationShared> redShared() {
        return at(2, OFFICER, new InformationShared(caseId, protectedRed, POLICE,
                PersonalText.of("Under investigation for recruiting."), SharingLevel.RED, true));
    }

    Recorded<InformationShared> amberShared() {
        return at(3, OFFICER, new InformationShared(caseId, namedAmber, POLICE,
                PersonalText.of("Seen at a meeting of a known group."), SharingLevel.AMBER_STRICT, false));
    }

    Recorded<ActionAssigned> assigned() {
        return at(4, CHAIR, new ActionAssigned(caseId, action, SCHOOL, PersonalText.of("Talk with the parents."),
                LocalDate.of(2026, 4, 1), Set.of(protectedRed, namedAmber)));
    }

    Recorded<ConsentRequested> redAsked() {
        return at(5, CHAIR, new ConsentRequested(caseId, action, protectedRed, POLICE));
    }

    Recorded<ConsentRequested> amberAsked() {
        return at(6, CHAIR, new ConsentRequested(caseId, action, namedAmber, POLICE));
    }

    Recorded<ConsentRefused> redRefused() {
        return at(7, OFFICER, new ConsentRefused(caseId, action, protectedRed, POLICE, PersonalText.of(REFUSAL)));
    }

    Recorded<ConsentGranted> amberGranted() {
        return at(8, OFFICER, new ConsentGranted(caseId, action, namedAmber, POLICE));
    }

    Recorded<SubjectConsentRecorded> parentConsented() {
        return at(9, CHAIR, new SubjectConsentRecorded(caseId, SubjectConsentDecision.GIVEN, ConsentHolder.PARENT,
                PARENT_CONSENTED));
    }

    Recorded<SubjectNotInformed> notInformed() {
        return at(10, OFFICER, new SubjectNotInformed(caseId, NotInformedReason.ONGOING_INVESTIGATION,
                PersonalText.of(NOTE)));
    }

    Recorded<SubjectInformed> informed() {
        return at(11, TEACHER, new SubjectInformed(caseId, INFORMED));
    }

    Recorded<SubjectConsentRecorded> subjectWithdrew() {
        return at(12, TEACHER, new SubjectConsentRecorded(caseId, SubjectConsentDecision.WITHDRAWN,
                ConsentHolder.SUBJECT, WITHDRAWN));
    }

    Recorded<InformationWithdrawn> amberWithdrawn() {
        return at(13, OFFICER, new InformationWithdrawn(caseId, namedAmber, POLICE, null));
    }

    Instant time(long sequence) {
        return start.plus(Duration.ofHours(sequence));
    }

    private <E extends CaseEvent> Recorded<E> at(long sequence, Actor actor, E event) {
        String identifier = UUID.nameUUIDFromBytes((caseId + "/" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
        return new Recorded<>(event, sequence, time(sequence), actor, identifier, "request-" + sequence);
    }
}
