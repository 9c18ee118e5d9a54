package org.roundtable.service.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.PostgresSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * An action's deadline, kept in PostgreSQL, is met exactly once when two instances of the service share the
 * database and both poll for due deadlines: the action was assigned on an earlier run, the clock has since passed
 * its due date, and the action is recorded overdue once, its deadline gone.
 */
class OverdueOnceWithTwoInstancesOnPostgresTest {

    private final String schema = PostgresSchema.newName();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        PostgresSchema.drop(schema);
    }

    @Test
    void two_instances_record_an_overdue_action_once() {
        String cases;
        try (ConfigurableApplicationContext earlier = start("PT0S")) {
            Api api = api(earlier);
            cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
            api.post(cases + "/screening", "chris", "city", openCase("police", "youth-work"));
            LocalDate today = LocalDate.now(earlier.getBean(Clock.class));
            assertThat(api.post(cases + "/actions", "chris", "city", action("youth-work", today)).status()).isEqualTo(201);
            assertThat(deadlines(earlier)).as("the action's, and the case's first review").isEqualTo(2);
        }
        instances.clear();

        ConfigurableApplicationContext first = start("P2D");
        ConfigurableApplicationContext second = start("P2D");

        await().atMost(Duration.ofSeconds(60)).until(() -> overdue(first) >= 1);
        // Both instances poll every second: give the other several chances to meet the same deadline again.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(overdue(second)).as("ActionBecameOverdue events").isEqualTo(1);
        assertThat(deadlines(second)).as("deadlines left in scheduled_tasks: the case's first review, months away")
                .isEqualTo(1);
        assertThat(api(second).get(cases + "/audit").json().path("changes").findValuesAsString("eventType"))
                .containsOnlyOnce("ActionBecameOverdue");
    }

    private static long overdue(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class)
                .sql("select count(*) from domain_event_entry where payload_type like '%ActionBecameOverdue'")
                .query(Long.class).single();
    }

    private static long deadlines(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class).sql("select count(*) from scheduled_tasks").query(Long.class).single();
    }

    private ConfigurableApplicationContext start(String clockOffset) {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(RoundtableApplication.class, MovedClock.class)
                .profiles("test", "postgres")
                .run(Stream.concat(Stream.of("--server.port=0", "--test.clock-offset=" + clockOffset,
                                "--roundtable.deadlines.polling-interval=1s"), Stream.of(PostgresSchema.arguments(schema)))
                        .toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
