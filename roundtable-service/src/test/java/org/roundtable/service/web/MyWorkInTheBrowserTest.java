package org.roundtable.service.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.PastActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A partner's work across its cases and the chair's dashboard, in Chromium with axe-core: youth work finds its
 * actions (the overdue one said to be so) and reports one done, in Dutch; the police grant a consent request
 * waiting for them, in French; the chair reads every section of the dashboard filled, in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MyWorkInTheBrowserTest extends ApiTest {

    @Autowired
    EventStore eventStore;

    @Test
    void youth_work_finds_its_actions_with_the_overdue_one_marked_and_reports_one_done_but_has_no_dashboard_in_dutch() {
        String caseId = openedCase("police", "youth-work");
        String number = caseNumber(caseId);
        String visit = action(caseId, "youth-work", "Bezoek aan het jeugdhuis plannen", LocalDate.now().plusDays(3));
        PastActions.assignedLongAgo(eventStore, caseId, "youth-work", "De ouders opbellen", LocalDate.now().minusDays(2));
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "youssef");
                browser.follow(By.linkText("Mijn acties"));

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn acties");
                WebElement late = row(browser, "De ouders opbellen");
                assertThat(late.getText()).contains(number, "te laat", "Te doen");
                assertThat(row(browser, "Bezoek aan het jeugdhuis plannen").getText()).doesNotContain("te laat");
                assertThat(browser.seriousViolations()).as("axe on Mijn acties").isEmpty();
                browser.screenshot("my-actions-nl");

                row(browser, "Bezoek aan het jeugdhuis plannen").findElement(By.linkText("Als gedaan melden")).click();
                wait(browser).until(ExpectedConditions.urlContains("/actions/" + visit + "/completion"));
                browser.driver.findElement(By.id("outcome")).sendKeys("Hij komt voortaan op woensdag naar het jeugdhuis.");
                browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();
                wait(browser).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));

                browser.follow(By.linkText("Mijn acties"));
                WebElement done = browser.driver.findElements(By.cssSelector("table.actions")).get(1);
                assertThat(done.getText()).contains(number, "Bezoek aan het jeugdhuis plannen", "Gedaan");

                assertThat(browser.driver.findElements(By.linkText("Overzicht"))).as("no dashboard in the menu").isEmpty();
                browser.driver.get("http://localhost:" + port + "/dashboard");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Niet toegestaan");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-my-actions-nl");
                throw failure;
            }
        }
    }

    @Test
    void the_police_are_told_a_refusal_needs_a_reason_then_grant_a_waiting_consent_request_in_french() {
        String caseId = openedCase("police", "school", "youth-work");
        String number = caseNumber(caseId);
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", """
                {"content": "Contacts répétés avec un recruteur connu", "level": "AMBER", "sourceProtected": false}""")
                .text("informationId");
        api.post("/api/cases/" + caseId + "/actions", "chris", "city", """
                {"assignee": "youth-work", "description": "Inviter Sam au projet de football", "dueDate": "%s",
                 "reliesOn": ["%s"]}""".formatted(LocalDate.now().plusDays(10), item));
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "anna");
                browser.follow(By.linkText("Demandes de consentement"));

                assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo("Demandes de consentement qui vous attendent");
                assertThat(request(browser, number).getText()).contains("Dossier " + number,
                        "youth-work demande votre consentement", "Inviter Sam au projet de football",
                        "Contacts répétés avec un recruteur connu");
                assertThat(browser.seriousViolations()).as("axe on the waiting consent requests").isEmpty();
                browser.screenshot("waiting-consents-fr");

                request(browser, number).findElement(By.cssSelector("button[value=REFUSED]")).click();
                wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("Dites pourquoi vous refusez.");
                assertThat(request(browser, number).findElement(By.cssSelector(".problem")).getText())
                        .isEqualTo("Dites pourquoi vous refusez.");
                assertThat(browser.seriousViolations()).as("axe on the request sent back").isEmpty();

                request(browser, number).findElement(By.cssSelector("button[value=GRANTED]")).click();
                wait(browser).until(ExpectedConditions.urlContains("decided=GRANTED"));
                assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText()).startsWith("Consentement donné.");
                assertThat(browser.driver.findElements(By.xpath("//li[.//a[contains(., '" + number + "')]]"))).isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-waiting-consents-fr");
                throw failure;
            }
        }
        assertThat(api.get("/api/cases/" + caseId + "/consents").json().path("owners").get(0).path("status").asString())
                .isEqualTo("GRANTED");
    }

    @Test
    void the_chair_starts_on_a_dashboard_with_every_section_filled_in_english() {
        String raised = api.post("/api/cases", "sofie", "school", concern()).text("caseNumber");
        String caseId = openedCase("police", "school", "youth-work");
        String number = caseNumber(caseId);
        action(caseId, "school", "Talk with the form teacher", LocalDate.now().plusDays(2));
        PastActions.assignedLongAgo(eventStore, caseId, "youth-work", "Visit the family", LocalDate.now().minusDays(4));
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER"))
                .text("informationId");
        String relying = api.post("/api/cases/" + caseId + "/actions", "chris", "city", """
                {"assignee": "youth-work", "description": "Invite Sam to the football project", "dueDate": "%s",
                 "reliesOn": ["%s"]}""".formatted(LocalDate.now().plusDays(20), item)).text("actionId");
        api.post("/api/cases/" + caseId + "/actions/" + relying + "/consents/" + item, "anna", "police",
                "{\"decision\": \"REFUSED\", \"reason\": \"An investigation is under way\"}");
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");

                assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
                assertThat(section(browser, "raised")).contains(raised, "Screen " + raised);
                assertThat(section(browser, "open")).contains(number);
                assertThat(section(browser, "overdue")).contains(number, "youth-work", "Visit the family", "overdue");
                assertThat(section(browser, "due-soon")).contains(number, "school", "Talk with the form teacher")
                        .doesNotContain("Visit the family");
                assertThat(section(browser, "refused")).contains(number, "Invite Sam to the football project",
                        "youth-work", "police", "An investigation is under way");
                assertThat(browser.driver.findElement(By.cssSelector("ul.counts")).getText())
                        .contains("concerns to screen", "open cases", "actions overdue", "actions due within 7 days",
                                "consents refused");
                assertThat(browser.seriousViolations()).as("axe on the dashboard").isEmpty();
                browser.screenshot("dashboard-en");

                browser.follow(By.linkText("Screen " + raised));
                assertThat(browser.driver.getCurrentUrl()).contains("/screening");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-dashboard-en");
                throw failure;
            }
        }
    }

    private String openedCase(String lead, String... others) {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        assertThat(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase(lead, others)).status())
                .isEqualTo(204);
        return caseId;
    }

    private String caseNumber(String caseId) {
        return api.get("/api/cases/" + caseId).text("caseNumber");
    }

    private String action(String caseId, String assignee, String description, LocalDate due) {
        return api.post("/api/cases/" + caseId + "/actions", "chris", "city", """
                {"assignee": "%s", "description": "%s", "dueDate": "%s", "reliesOn": []}"""
                .formatted(assignee, description, due)).text("actionId");
    }

    private static WebElement row(Browser browser, String description) {
        return browser.driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + description + "']]"));
    }

    private static WebElement request(Browser browser, String number) {
        return browser.driver.findElement(By.xpath("//ul[contains(@class,'waiting')]/li[.//a[contains(., '" + number + "')]]"));
    }

    private static String section(Browser browser, String id) {
        return browser.driver.findElement(By.xpath("//section[@aria-labelledby='" + id + "']")).getText();
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }
}
