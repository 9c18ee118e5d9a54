package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;
import static org.roundtable.service.web.RunningASessionInTheBrowserTest.patiently;
import static org.roundtable.service.web.RunningASessionInTheBrowserTest.setValue;

/**
 * In French, the chair takes decisions at a session's table from its run-sheet: brings youth work into the case
 * discussed, is told in words to choose whom to take out, assigns youth work an action, closes the session carrying
 * that action forward, and finds each decision under its item on the run-sheet and in the printed minutes, which a
 * partner taken into the case reads too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionsAtTheTableInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_decides_at_the_table_and_the_minutes_say_what_was_decided() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school"));
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = api.post("/api/sessions", "chris", "city", """
                {"startsAt": "%s", "place": "Hôtel de ville"}""".formatted(startsAt)).text("sessionId");
        String item = api.post("/api/sessions/" + session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(caseId)).text("itemId");
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(startsAt));
        String runSheet = "http://localhost:" + port + "/sessions/" + session;
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get(runSheet);
                browser.follow(By.linkText("Qui participe, qui pilote"));
                assertThat(browser.driver.findElement(By.cssSelector(".at-the-table")).getText())
                        .isEqualTo("Décidé à la table de la séance : cela figure au procès-verbal de la séance.");
                assertThat(browser.seriousViolations()).as("axe on the participants page at the table").isEmpty();

                new Select(browser.driver.findElement(By.id("partner"))).selectByValue("youth-work");
                browser.driver.findElement(By.id("add-participant")).click();
                patiently(browser).until(ExpectedConditions.urlContains("/sessions/" + session));
                assertThat(browser.driver.getCurrentUrl()).endsWith("#notes-" + item);
                assertThat(decisions(browser)).contains("youth-work participe au dossier");

                browser.follow(By.linkText("Qui participe, qui pilote"));
                long before = events();
                browser.driver.findElement(By.id("remove-participant")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("removed-problem")).getText())
                        .isEqualTo("Choisissez le partenaire à retirer.");
                assertThat(events()).as("nothing is written").isEqualTo(before);

                browser.driver.get(runSheet);
                browser.follow(By.linkText("Attribuer une action"));
                new Select(browser.driver.findElement(By.id("assignee"))).selectByValue("youth-work");
                browser.driver.findElement(By.id("description")).sendKeys("Rencontrer Sam avec sa mère");
                setValue(browser, By.id("dueDate"), LocalDate.now().plusDays(14).toString());
                browser.driver.findElement(By.cssSelector("button.primary")).click();
                patiently(browser).until(ExpectedConditions.urlContains("/sessions/" + session));
                assertThat(decisions(browser)).anySatisfy(decision ->
                        assertThat(decision).startsWith("Action pour youth-work").contains("Rencontrer Sam avec sa mère"));
                assertThat(browser.seriousViolations()).as("axe on the run-sheet with its decisions").isEmpty();

                String action = api.get("/api/actions?caseId=" + caseId).json().get(0).path("actionId").asString();
                browser.driver.findElement(By.id("carry-" + action + "-CIRCUMSTANCES_CHANGED")).click();
                browser.driver.findElement(By.id("close")).click();
                patiently(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("close")));
                browser.driver.get(runSheet + "/minutes");
                String minutes = browser.driver.findElement(By.cssSelector(".minutes-items")).getText();
                assertThat(minutes).contains("youth-work participe au dossier", "Rencontrer Sam avec sa mère");
                assertThat(browser.seriousViolations()).as("axe on the printed minutes").isEmpty();

                browser.driver.get(runSheet);
                browser.driver.findElement(By.cssSelector("form.logout button")).click();
                patiently(browser).until(ExpectedConditions.urlContains("/login"));
                browser.logIn(port, "youssef");
                browser.driver.get(runSheet + "/minutes");
                assertThat(browser.driver.findElement(By.cssSelector(".minutes-items")).getText())
                        .as("youth work, brought into the case, reads its item and the decisions")
                        .contains("youth-work participe au dossier");
                browser.screenshot("decisions-at-the-table-fr");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-decisions-at-the-table-fr");
                throw failure;
            }
        }
    }

    private static java.util.List<String> decisions(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".decision-list li span:first-child")).stream()
                .map(element -> element.getText()).toList();
    }
}
