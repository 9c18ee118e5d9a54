package org.roundtable.service.deadlines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * An action's deadline is kept in the database: assigned on one run of the service, it is met on the next, once
 * the clock has passed the action's due date, and records the action overdue exactly once.
 */
class OverdueAcrossARestartTest {

    @TempDir
    Path data;

    @Test
    void an_action_becomes_overdue_after_its_due_date_even_across_a_restart() {
        String url = "jdbc:h2:file:" + data.resolve("roundtable")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String cases;
        try (ConfigurableApplicationContext service = start(url, "PT0S")) {
            Api api = api(service);
            cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
            api.post(cases + "/screening", "chris", "city", openCase("police", "youth-work"));
            LocalDate today = LocalDate.now(service.getBean(Clock.class));
            assertThat(api.post(cases + "/actions", "chris", "city", action("youth-work", today)).status()).isEqualTo(201);

            assertThat(deadlines(service)).as("the action's, and the case's first review").isEqualTo(2);
            assertThat(overdue(service)).isZero();
        }

        try (ConfigurableApplicationContext service = start(url, "P2D")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> overdue(service) == 1);
            assertThat(deadlines(service)).as("the case's first review, months away").isEqualTo(1);
            assertThat(api(service).get(cases + "/audit").json().path("changes").findValuesAsString("eventType"))
                    .contains("ActionBecameOverdue");
        }
    }

    private static long overdue(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class)
                .sql("select count(*) from domain_event_entry where payload_type like '%ActionBecameOverdue'")
                .query(Long.class).single();
    }

    private static long deadlines(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class).sql("select count(*) from scheduled_tasks").query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(String url, String clockOffset) {
        return new SpringApplicationBuilder(RoundtableApplication.class, MovedClock.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--test.clock-offset=" + clockOffset,
                        "--roundtable.deadlines.polling-interval=1s");
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
