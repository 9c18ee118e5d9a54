package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.web.RunningASessionInTheBrowserTest.setValue;
import static org.roundtable.service.web.RunningASessionInTheBrowserTest.patiently;

/**
 * In English, what the session's rules refuse is said in words next to the form concerned, and nothing is
 * written: a session rescheduled into the past, closed before it has begun, or noted after it was closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RefusedSessionChangesInTheBrowserTest extends ApiTest {

    @Test
    void a_reschedule_into_the_past_and_an_early_close_are_refused_in_words() {
        String session = api.post("/api/sessions", "chris", "city", """
                {"startsAt": "%s", "place": "Town hall"}""".formatted(Instant.now().plus(Duration.ofDays(3))
                .truncatedTo(ChronoUnit.MINUTES))).text("sessionId");
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/sessions/" + session);
                long before = events();

                setValue(browser, By.id("startsAt"), LocalDateTime.now(ZoneId.of("Europe/Brussels")).minusHours(1)
                        .truncatedTo(ChronoUnit.MINUTES).toString());
                browser.driver.findElement(By.id("reschedule")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("startsAt-problem")));
                assertThat(browser.driver.findElement(By.id("startsAt-problem")).getText())
                        .isEqualTo("A session is planned for a moment still to come: enter a later date or time.");
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("a moment still to come");
                assertThat(browser.seriousViolations()).as("axe on the refused run-sheet").isEmpty();

                browser.driver.findElement(By.id("close")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("close-problem")));
                assertThat(browser.driver.findElement(By.id("close-problem")).getText())
                        .isEqualTo("The session has not begun yet: it can be closed once its start time has passed.");
                assertThat(events()).as("nothing is written").isEqualTo(before);
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-session-refusals-en");
                throw failure;
            }
        }
    }

    @Test
    void a_note_on_a_session_closed_meanwhile_is_refused_in_words() {
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = api.post("/api/sessions", "chris", "city", """
                {"startsAt": "%s", "place": "Town hall"}""".formatted(startsAt)).text("sessionId");
        String item = api.post("/api/sessions/" + session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(caseId)).text("itemId");
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/sessions/" + session);
                browser.driver.findElement(By.id("note-" + item)).sendKeys("Said after the session");
                await().atMost(Duration.ofSeconds(90)).until(() -> Instant.now().isAfter(startsAt.plusSeconds(1)));
                api.post("/api/sessions/" + session + "/closure", "chris", "city", null); // closed in another window
                long before = events();

                browser.driver.findElement(By.cssSelector("button.add-note")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("note-" + item)).getText())
                        .isEqualTo("The session is closed: its minutes are final and can only be corrected.");
                assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Closed");
                assertThat(browser.seriousViolations()).as("axe on the closed run-sheet with its refusal").isEmpty();
                assertThat(events()).as("nothing is written").isEqualTo(before);
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-session-note-en");
                throw failure;
            }
        }
    }
}
