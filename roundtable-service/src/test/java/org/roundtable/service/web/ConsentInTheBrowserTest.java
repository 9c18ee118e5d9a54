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

/** The owner of information an action relies on is asked for consent on the case's consents page, and gives it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsentInTheBrowserTest extends ApiTest {

    @Test
    void the_owner_is_told_a_reason_is_needed_to_refuse_then_grants_consent() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        api.post("/api/cases/" + caseId + "/actions", "chris", "city", Bodies.action("youth-work", LocalDate.now().plusDays(7), item));
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "anna");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
                browser.follow(By.cssSelector("a[href='/cases/" + caseId + "/consents']"));
                assertThat(browser.driver.findElement(By.cssSelector("ul.items")).getText())
                        .contains("Waiting", "youth-work asks police to rely on its information");
                assertThat(browser.seriousViolations()).as("axe on the consents page").isEmpty();

                browser.driver.findElement(By.cssSelector("button[value=REFUSED]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText()).isEqualTo("Say why you refuse.");

                browser.driver.findElement(By.cssSelector("button[value=GRANTED]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.items"), "Granted"));
                assertThat(browser.driver.findElements(By.cssSelector("form.decision"))).isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-consent-en");
                throw failure;
            }
        }
    }
}
