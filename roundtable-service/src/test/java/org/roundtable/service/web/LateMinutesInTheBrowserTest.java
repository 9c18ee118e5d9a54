package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.deadlines.MovedClock;
import org.roundtable.service.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chair's dashboard names the next session, and a session held whose minutes are still not final three
 * working days later: the same service, restarted with its clock a week on.
 */
class LateMinutesInTheBrowserTest {

    @TempDir
    Path data;

    @Test
    void a_session_held_and_left_open_shows_its_minutes_late_on_the_chairs_dashboard() {
        String url = "jdbc:h2:file:" + data.resolve("roundtable")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext service = start(url, "PT0S")) {
            Api api = api(service);
            String held = api.post("/api/sessions", "chris", "city", venue(Instant.now().plus(Duration.ofHours(1))))
                    .location();
            Instant startsAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            Api.Response moved = api.post(held + "/rescheduling", "chris", "city", venue(startsAt));
            assertThat(moved.status()).as(moved.body()).isEqualTo(204);
            assertThat(api.post("/api/sessions", "chris", "city", venue(startsAt.plus(Duration.ofDays(30)))).status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(startsAt));
        }

        try (ConfigurableApplicationContext service = start(url, "P8D");
             Browser browser = new Browser("en")) {
            int port = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/dashboard");
                String sessions = browser.driver.findElement(By.cssSelector("section[aria-labelledby=sessions]")).getText();
                assertThat(sessions).contains("Next session:").doesNotContain("No session's minutes are late.");
                assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby=sessions] tbody tr")))
                        .hasSize(1);
                assertThat(browser.seriousViolations()).as("axe on the dashboard").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-late-minutes-en");
                throw failure;
            }
        }
    }

    private static String venue(Instant startsAt) {
        return "{\"startsAt\": \"" + startsAt + "\", \"place\": \"Town hall\"}";
    }

    private static ConfigurableApplicationContext start(String url, String clockOffset) {
        return new SpringApplicationBuilder(RoundtableApplication.class, MovedClock.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--test.clock-offset=" + clockOffset);
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
