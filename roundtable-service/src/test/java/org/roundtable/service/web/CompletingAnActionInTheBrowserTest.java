package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * The partner an action is assigned to reports it done from the case page: told, in words, that it waits for
 * the consent of the partner whose information it relies on; done once that partner consented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompletingAnActionInTheBrowserTest extends ApiTest {

    @Test
    void an_action_waits_for_the_owners_consent_then_is_reported_done() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        String action = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(7), item)).text("actionId");
        String completion = "/cases/" + caseId + "/actions/" + action + "/completion";
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "youssef");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
                browser.follow(By.cssSelector("a[href='" + completion + "']"));
                browser.driver.findElement(By.id("outcome")).sendKeys("Sam speelt nu mee in het voetbalproject.");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText())
                        .contains("wacht op de toestemming van die partner");
                assertThat(browser.seriousViolations()).as("axe on the completion form").isEmpty();

                api.post("/api/cases/" + caseId + "/actions/" + action + "/consents/" + item, "anna", "police",
                        "{\"decision\": \"GRANTED\"}");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));

                assertThat(browser.driver.findElement(By.cssSelector("main table")).getText()).contains("Gedaan");
                assertThat(browser.driver.findElements(By.cssSelector("a[href='" + completion + "']"))).isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-complete-nl");
                throw failure;
            }
        }
    }
}
