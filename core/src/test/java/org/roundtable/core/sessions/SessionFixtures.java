package org.roundtable.core.sessions;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerDirectory;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** One typical session and the events of its life, named so that given-clauses stay short. */
final class SessionFixtures {

    static final SessionId SESSION = SessionId.of("00000000-0000-4000-8000-00000000005e");
    static final Actor CHAIR = Actor.of("chris", "city", Role.CHAIR);
    static final Actor REPRESENTATIVE = Actor.of("anna", "police", Role.PARTNER);

    static final PartnerId POLICE = PartnerId.of("police");
    static final PartnerId SCHOOL = PartnerId.of("school");
    static final PartnerId UNREGISTERED = PartnerId.of("not-registered");
    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId SOFIE = PersonId.of("sofie");

    static final CaseId CASE = CaseId.of("00000000-0000-4000-8000-000000000042");
    static final CaseId OTHER_CASE = CaseId.of("00000000-0000-4000-8000-000000000043");
    static final AgendaItemId ITEM = AgendaItemId.of("00000000-0000-4000-8000-0000000000a1");
    static final AgendaItemId OTHER_ITEM = AgendaItemId.of("00000000-0000-4000-8000-0000000000a2");
    static final ActionId ACTION = ActionId.of("00000000-0000-4000-8000-0000000000c1");
    static final ActionId OTHER_ACTION = ActionId.of("00000000-0000-4000-8000-0000000000c2");

    /** Now, as every fixture's clock reads it; the session is planned for a week later. */
    static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant STARTS = NOW.plus(Duration.ofDays(7));
    static final Venue TOWN_HALL = Venue.of("Town hall, room 2", null);
    static final PersonalText REASON = PersonalText.of("the chair is ill");
    static final PersonalText NOTE = PersonalText.of("school reports better attendance since January");

    private SessionFixtures() {
    }

    /** A fresh given/when/then fixture for the Session aggregate, its clock at {@link #NOW}. */
    static AggregateTestFixture<Session> sessionFixture() {
        return sessionFixture(NOW);
    }

    /** A fixture whose clock reads the given instant; no case has an open action. */
    static AggregateTestFixture<Session> sessionFixture(Instant now) {
        return sessionFixture(now, Map.of());
    }

    /** A fixture whose clock reads the given instant, in which these cases have these actions still open. */
    static AggregateTestFixture<Session> sessionFixture(Instant now, Map<CaseId, Set<ActionId>> openActions) {
        AggregateTestFixture<Session> fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource((PartnerDirectory) partner -> !partner.equals(UNREGISTERED));
        fixture.registerInjectableResource((OpenActions) caseId -> openActions.getOrDefault(caseId, Set.of()));
        return fixture;
    }

    static SessionScheduled sessionScheduled() {
        return new SessionScheduled(SESSION, STARTS, TOWN_HALL, CHAIR.person());
    }

    static AgendaEntry entry(AgendaItemId item, CaseId caseId) {
        return AgendaEntry.of(item, caseId, AgendaPurpose.REVIEW, 12);
    }

    static AgendaItemAdded itemAdded(AgendaItemId item, CaseId caseId) {
        return new AgendaItemAdded(SESSION, item, caseId, AgendaPurpose.REVIEW, 12);
    }

    static AttendanceRecorded present(PartnerId partner, PersonId person) {
        return new AttendanceRecorded(SESSION, partner, Attendance.PRESENT, person);
    }

    static SessionClosed sessionClosed() {
        return new SessionClosed(SESSION);
    }

    static SessionCancelled sessionCancelled() {
        return new SessionCancelled(SESSION, REASON);
    }
}
