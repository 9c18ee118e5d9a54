package org.roundtable.service.deadlines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A case's review deadline is kept in the database beside the actions': planned when the case opens on one run of
 * the service, it is met on the next once the clock has reached the review's day, and records the review due once;
 * closing a case cancels its review, so a closed case never falls due.
 */
class ReviewDueAcrossARestartTest {

    @TempDir
    Path data;

    @Test
    void an_open_cases_review_falls_due_after_a_restart_and_a_closed_cases_does_not() {
        String url = "jdbc:h2:file:" + data.resolve("roundtable")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String open;
        try (ConfigurableApplicationContext service = start(url, "PT0S")) {
            Api api = api(service);
            open = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
            api.post(open + "/screening", "chris", "city", openCase("police", "youth-work"));
            String closed = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
            api.post(closed + "/screening", "chris", "city", openCase("police"));
            assertThat(api.post(closed + "/closure", "chris", "city", """
                    {"reason": "MOVED_AWAY", "outcome": "The family moved abroad", "exitCriteria": "NOT_MET"}""")
                    .status()).isEqualTo(204);

            assertThat(deadlines(service)).isEqualTo(1);
            assertThat(reviewsDue(service)).isZero();
        }

        try (ConfigurableApplicationContext service = start(url, "P95D")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reviewsDue(service) == 1);
            assertThat(deadlines(service)).isZero();
            assertThat(api(service).get(open).json().path("reviews").path("due").asBoolean()).isTrue();
        }
    }

    private static long reviewsDue(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class)
                .sql("select count(*) from domain_event_entry where payload_type like '%CaseReviewDue'")
                .query(Long.class).single();
    }

    /** The deadlines still to be met: one per open case's review, none for a closed case without reviews planned. */
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
