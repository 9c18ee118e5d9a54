package org.roundtable.core.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerDirectory;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.SharingLevel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The partners, people, events and commands of one typical case, named so that given-clauses stay short. */
final class CaseFixtures {

    static final CaseId CASE = CaseId.of("00000000-0000-4000-8000-000000000042");
    static final CaseNumber CASE_NUMBER = CaseNumber.of(2026, 42);

    static final PartnerId POLICE = PartnerId.of("police");
    static final PartnerId YOUTH_WORK = PartnerId.of("youth-work");
    static final PartnerId SCHOOL = PartnerId.of("school");
    static final Actor CHAIR = Actor.of("chair", "city", Role.CHAIR);
    static final PartnerId UNREGISTERED = PartnerId.of("not-registered");

    /** Today, as the clock every fixture registers reads it: the AssignAction handler takes a {@link Clock}. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** A fresh given/when/then fixture for the Case aggregate, with "today" fixed by {@link #CLOCK}. */
    static AggregateTestFixture<Case> caseFixture() {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((PartnerDirectory) partner -> !partner.equals(UNREGISTERED));
        return fixture;
    }

    static final InformationId INFORMATION = InformationId.of("00000000-0000-4000-8000-00000000000a");
    static final InformationId OTHER_INFORMATION = InformationId.of("00000000-0000-4000-8000-00000000000b");
    static final ActionId ACTION = ActionId.of("00000000-0000-4000-8000-0000000000ac");

    static final SubjectIdentity SUBJECT = SubjectIdentity.of("Sam", "Example", null, AgeBand.AGE_16_TO_17);
    static final PersonalText SUMMARY = PersonalText.of("withdrawn from class, spends nights on extremist forums");
    static final PersonalText CONTENT = PersonalText.of("known to the neighbourhood team since last summer");
    static final PersonalText DESCRIPTION = PersonalText.of("visit the family with the school's counsellor");
    static final PersonalText OUTCOME = PersonalText.of("the family accepts support from youth work");
    static final PersonalText REASON = PersonalText.of("the partners agreed on it in session");

    private CaseFixtures() {
    }

    static Actor representativeOf(PartnerId partner) {
        return new Actor(PersonId.of("representative-of-" + partner.value()), partner, Set.of(Role.PARTNER));
    }

    static LocalDate dueIn(int days) {
        return TODAY.plusDays(days);
    }

    static ConcernRaised concernRaised() {
        return new ConcernRaised(CASE, CASE_NUMBER, representativeOf(SCHOOL), SUBJECT, SUMMARY, Urgency.HIGH,
                ConcernCategory.RADICALISATION);
    }

    static CaseOpened caseOpened(PartnerId lead, PartnerId... others) {
        Set<PartnerId> participants = new TreeSet<>(List.of(others));
        participants.add(lead);
        return new CaseOpened(CASE, lead, participants);
    }

    static ConcernReferred concernReferred() {
        return new ConcernReferred(CASE, "family support service", REASON);
    }

    static ConcernDismissed concernDismissed() {
        return new ConcernDismissed(CASE, REASON);
    }

    static InformationShared informationShared(InformationId information, PartnerId owner) {
        return new InformationShared(CASE, information, owner, CONTENT, SharingLevel.AMBER_STRICT, false);
    }

    static InformationWithdrawn informationWithdrawn(InformationId information, PartnerId owner) {
        return new InformationWithdrawn(CASE, information, owner, REASON);
    }

    static ActionAssigned actionAssigned(ActionId action, PartnerId assignee, InformationId... reliesOn) {
        return new ActionAssigned(CASE, action, assignee, DESCRIPTION, dueIn(14), Set.of(reliesOn));
    }

    static ConsentRequested consentRequested(ActionId action, InformationId information, PartnerId owner) {
        return new ConsentRequested(CASE, action, information, owner);
    }

    static ConsentGranted consentGranted(ActionId action, InformationId information, PartnerId owner) {
        return new ConsentGranted(CASE, action, information, owner);
    }

    static ConsentRefused consentRefused(ActionId action, InformationId information, PartnerId owner) {
        return new ConsentRefused(CASE, action, information, owner, REASON);
    }

    static ActionCompleted actionCompleted(ActionId action, PartnerId assignee) {
        return new ActionCompleted(CASE, action, assignee, OUTCOME);
    }

    static CaseClosed caseClosed() {
        return new CaseClosed(CASE, ClosureReason.RISK_REDUCED, null, REPORT, List.of());
    }

    static CaseReopened caseReopened() {
        return new CaseReopened(CASE, REASON);
    }

    static RaiseConcern raiseConcern() {
        return new RaiseConcern(CASE, CASE_NUMBER, representativeOf(SCHOOL), SUBJECT, SUMMARY, Urgency.HIGH,
                ConcernCategory.RADICALISATION);
    }

    static ScreenConcern screenConcern(ScreeningDecision decision) {
        return new ScreenConcern(CASE, CHAIR, decision);
    }

    static ShareInformation shareInformation(InformationId information, PartnerId sharer) {
        return new ShareInformation(CASE, information, representativeOf(sharer), CONTENT, SharingLevel.AMBER_STRICT,
                false);
    }

    static WithdrawInformation withdrawInformation(InformationId information, PartnerId partner, PersonalText reason) {
        return new WithdrawInformation(CASE, information, representativeOf(partner), reason);
    }

    static AssignAction assignAction(ActionId action, PartnerId assignee, LocalDate dueDate,
                                     InformationId... reliesOn) {
        return new AssignAction(CASE, action, CHAIR, assignee, DESCRIPTION, dueDate, Set.of(reliesOn));
    }

    static CompleteAction completeAction(ActionId action, PartnerId partner) {
        return new CompleteAction(CASE, action, representativeOf(partner), OUTCOME);
    }

    static GrantConsent grantConsent(ActionId action, InformationId information, PartnerId partner) {
        return new GrantConsent(CASE, action, information, representativeOf(partner));
    }

    static RefuseConsent refuseConsent(ActionId action, InformationId information, PartnerId partner) {
        return new RefuseConsent(CASE, action, information, representativeOf(partner), REASON);
    }

    static final ClosingReport REPORT = new ClosingReport(PersonalText.of("back at school every day, no new incidents"),
            ExitCriteria.MET);

    static CloseCase closeCase(PersonalText note) {
        return new CloseCase(CASE, CHAIR, ClosureReason.RISK_REDUCED, note, REPORT, List.of());
    }

    /** The day of the first review of a case opened today: three months on. */
    static final LocalDate FIRST_REVIEW = TODAY.plusMonths(3);

    static ReviewScheduled reviewScheduled(LocalDate dueOn) {
        return new ReviewScheduled(CASE, dueOn);
    }

    static ReopenCase reopenCase() {
        return new ReopenCase(CASE, CHAIR, REASON);
    }
}
