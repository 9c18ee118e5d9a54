package org.roundtable.service.demo;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.AssignAction;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.RaiseConcern;
import org.roundtable.core.cases.ScreenConcern;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.cases.ShareInformation;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.people.AddRepresentative;
import org.roundtable.core.people.AgreeCharter;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.core.people.RegisterPartner;
import org.roundtable.core.people.Sector;
import org.roundtable.core.sessions.AcceptProposedAgenda;
import org.roundtable.core.sessions.AgendaEntry;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.ScheduleSession;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.Venue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.sessions.AgendaProposal;
import org.roundtable.projections.sessions.FindAgendaProposal;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.identity.LocalAccounts;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.storage.CaseNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The demo round table, into an empty event store when {@code roundtable.demo-data} is on (the default on H2,
 * off under the postgres profile): five partners and eight people, each with the password {@code demo} (marked
 * as demo accounts, which a service without demo data refuses to start with), and, unless
 * {@code roundtable.demo-cases} is off, three made-up cases raised by them: one open with information and an
 * action, one awaiting screening, one referred; and a session next week at the city hall, with the agenda the round
 * table proposes for it accepted at the minutes it suggests. The open case's first review is due the day it is
 * opened (a review interval of zero, which the rules allow), so that the chair's dashboard lists a review due and
 * the session's agenda reviews the case. Every name is invented. It goes through the same commands, and so the same
 * rules, as the API.
 */
@Component
@ConditionalOnBooleanProperty("roundtable.demo-data")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String PASSWORD = "demo";

    /** Who sets the demo round table up: recorded as the actor of the registrations. */
    private static final Actor SETUP = Actor.of("setup", "city", Role.ADMIN);

    /** A person of the demo round table. */
    record DemoPerson(String user, String partner, String name, Role role) { }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("chris", "city", "Chris (chair)", Role.CHAIR),
            new DemoPerson("anna", "police", "Anna (police)", Role.PARTNER),
            new DemoPerson("sofie", "school", "Sofie (school)", Role.PARTNER),
            new DemoPerson("youssef", "youth-work", "Youssef (youth work)", Role.PARTNER),
            new DemoPerson("mila", "mental-health", "Mila (mental health)", Role.PARTNER),
            new DemoPerson("rita", "city", "Rita (compliance)", Role.COMPLIANCE),
            new DemoPerson("pieter", "city", "Pieter (policy)", Role.POLICY),
            new DemoPerson("ada", "city", "Ada (administrator)", Role.ADMIN));

    private final CommandDispatcher commands;
    private final CaseNumbers caseNumbers;
    private final LocalAccounts accounts;
    private final JdbcClient jdbc;
    private final QueryGateway queries;
    private final Clock clock;
    private final boolean cases;
    private final int minutesPerItem;

    DemoData(CommandDispatcher commands, CaseNumbers caseNumbers, LocalAccounts accounts, JdbcClient jdbc,
             QueryGateway queries, Clock clock, RoundtableProperties properties) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
        this.cases = properties.demoCases();
        this.minutesPerItem = properties.sessions().minutesPerItem();
    }

    @Override
    public void run(ApplicationArguments args) {
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        if (events > 0) {
            return;
        }
        log.info("Empty event store: registering the demo round table (password '{}' for each person){} "
                + "(roundtable.demo-data=false turns this off)", PASSWORD,
                cases ? " and raising three made-up cases for a session next week" : "");
        register("city", "Demo city: the round table's chair", Sector.MUNICIPALITY);
        register("police", "Demo local police", Sector.POLICE);
        register("school", "Demo secondary school", Sector.EDUCATION);
        register("youth-work", "Demo youth work", Sector.YOUTH_WORK);
        register("mental-health", "Demo mental-health service", Sector.MENTAL_HEALTH);
        for (DemoPerson person : PEOPLE) {
            PersonId id = PersonId.of(person.user());
            commands.send(new OpenAccount(id, PartnerId.of(person.partner()), person.name(), Set.of(person.role()), SETUP));
            if (person.role() == Role.PARTNER) {
                commands.send(new AddRepresentative(PartnerId.of(person.partner()), id, SETUP));
            }
            accounts.setDemoPassword(id, PASSWORD);
        }
        if (cases) {
            raiseCases();
            scheduleSession();
        }
    }

    private void register(String partner, String name, Sector sector) {
        commands.send(new RegisterPartner(PartnerId.of(partner), name, sector, SETUP));
        commands.send(new AgreeCharter(PartnerId.of(partner), "2026-1", SETUP));
    }

    private void raiseCases() {
        Actor anna = actor("anna");
        Actor sofie = actor("sofie");
        Actor chris = actor("chris");
        CaseId open = raise(sofie, "Demo", "Student A", AgeBand.AGE_16_TO_17, Urgency.HIGH, ConcernCategory.RADICALISATION,
                "Made-up example: shares propaganda videos in the class chat and has stopped seeing old friends.");
        commands.send(new ScreenConcern(open, chris, new ScreeningDecision.OpenCase(PartnerId.of("school"),
                Set.of(PartnerId.of("police"), PartnerId.of("youth-work"))), Period.ZERO));
        InformationId seen = InformationId.random();
        commands.send(new ShareInformation(open, seen, anna,
                PersonalText.of("Made-up example: seen twice near a group known for online recruitment."),
                SharingLevel.AMBER_STRICT, true));
        commands.send(new AssignAction(open, ActionId.random(), chris, PartnerId.of("youth-work"),
                PersonalText.of("Made-up example: invite the student to the football project."),
                LocalDate.now(clock).plusDays(14), Set.of(seen)));

        raise(anna, "Demo", "Young Adult B", AgeBand.AGE_18_TO_21, Urgency.ROUTINE, ConcernCategory.POLARISATION,
                "Made-up example: posts hostile messages about a neighbourhood group.");

        CaseId referred = raise(sofie, "Demo", "Pupil C", AgeBand.AGE_12_TO_15, Urgency.ROUTINE, ConcernCategory.OTHER,
                "Made-up example: frequent truancy, no sign of radicalisation.");
        commands.send(new ScreenConcern(referred, chris, new ScreeningDecision.Refer("truancy team",
                PersonalText.of("Made-up example: outside the round table's scope."))));
    }

    /**
     * Next week at two in the afternoon, at the city hall, with the proposed agenda accepted as it is proposed: the
     * concern waiting for screening and the open case whose review is due. (The proposal is read as the API reads it
     * for the chair; a look by the demo's setup is not a person's, and is not recorded.)
     */
    private void scheduleSession() {
        Actor chris = actor("chris");
        SessionId session = SessionId.random();
        Instant startsAt = LocalDate.now(clock).plusWeeks(1).atTime(14, 0).atZone(clock.getZone()).toInstant();
        commands.send(new ScheduleSession(session, chris, startsAt,
                Venue.of("Made-up example: city hall, meeting room 2", null)));
        Reader chair = new Reader(chris.person(), chris.partner(), chris.roles(), true);
        AgendaProposal proposal = queries.query(new FindAgendaProposal(chair, session, clock.getZone(), minutesPerItem),
                ResponseTypes.optionalInstanceOf(AgendaProposal.class)).join().orElseThrow();
        List<AgendaEntry> entries = proposal.entries().stream()
                .map(entry -> AgendaEntry.of(AgendaItemId.random(), entry.caseId(), entry.purpose(), entry.minutes()))
                .toList();
        if (!entries.isEmpty()) {
            commands.send(new AcceptProposedAgenda(session, chris, entries));
        }
    }

    private static Actor actor(String user) {
        DemoPerson person = PEOPLE.stream().filter(p -> p.user().equals(user)).findFirst().orElseThrow();
        return Actor.of(person.user(), person.partner(), person.role());
    }

    private CaseId raise(Actor by, String givenName, String familyName, AgeBand age, Urgency urgency,
                         ConcernCategory category, String summary) {
        CaseId caseId = CaseId.random();
        commands.send(new RaiseConcern(caseId, caseNumbers.next(), by,
                SubjectIdentity.of(givenName, familyName, null, age), PersonalText.of(summary), urgency, category));
        return caseId;
    }
}
