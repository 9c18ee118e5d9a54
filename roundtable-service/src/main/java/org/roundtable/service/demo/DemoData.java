package org.roundtable.service.demo;

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
import java.time.LocalDate;
import java.util.Set;

/**
 * Raises three made-up cases into an empty event store when {@code roundtable.demo-data} is on (the default
 * on H2, off under the postgres profile): one open with information and an action, one awaiting screening,
 * one referred. Every name is invented. It goes through the same commands, and so the same rules, as the API.
 */
@Component
@ConditionalOnBooleanProperty("roundtable.demo-data")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Actor POLICE = Actor.of("demo.inspector", "police");
    private static final Actor SCHOOL = Actor.of("demo.teacher", "school");
    private static final Actor CHAIR = Actor.of("demo.chair", "city");

    private final CommandDispatcher commands;
    private final CaseNumbers caseNumbers;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(CommandDispatcher commands, CaseNumbers caseNumbers, JdbcClient jdbc, Clock clock) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        if (events > 0) {
            return;
        }
        log.info("Empty event store: raising three made-up demo cases (roundtable.demo-data=false turns this off)");
        CaseId open = raise(SCHOOL, "Demo", "Student A", AgeBand.AGE_16_TO_17, Urgency.HIGH, ConcernCategory.RADICALISATION,
                "Made-up example: shares propaganda videos in the class chat and has stopped seeing old friends.");
        commands.send(new ScreenConcern(open, CHAIR, new ScreeningDecision.OpenCase(PartnerId.of("school"),
                Set.of(PartnerId.of("police"), PartnerId.of("youth-work")))));
        InformationId seen = InformationId.random();
        commands.send(new ShareInformation(open, seen, POLICE,
                PersonalText.of("Made-up example: seen twice near a group known for online recruitment."),
                SharingLevel.AMBER_STRICT, true));
        commands.send(new AssignAction(open, ActionId.random(), CHAIR, PartnerId.of("youth-work"),
                PersonalText.of("Made-up example: invite the student to the football project."),
                LocalDate.now(clock).plusDays(14), Set.of(seen)));

        raise(POLICE, "Demo", "Young Adult B", AgeBand.AGE_18_TO_21, Urgency.ROUTINE, ConcernCategory.POLARISATION,
                "Made-up example: posts hostile messages about a neighbourhood group.");

        CaseId referred = raise(SCHOOL, "Demo", "Pupil C", AgeBand.AGE_12_TO_15, Urgency.ROUTINE, ConcernCategory.OTHER,
                "Made-up example: frequent truancy, no sign of radicalisation.");
        commands.send(new ScreenConcern(referred, CHAIR, new ScreeningDecision.Refer("truancy team",
                PersonalText.of("Made-up example: outside the round table's scope."))));
    }

    private CaseId raise(Actor by, String givenName, String familyName, AgeBand age, Urgency urgency,
                         ConcernCategory category, String summary) {
        CaseId caseId = CaseId.random();
        commands.send(new RaiseConcern(caseId, caseNumbers.next(), by,
                SubjectIdentity.of(givenName, familyName, null, age), PersonalText.of(summary), urgency, category));
        return caseId;
    }
}
