package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * A compliance reviewer states the purpose of the look, then reads a case's changes and looks as one
 * timeline, filtered; a partner is not allowed to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailInTheBrowserTest extends ApiTest {

    @Test
    void a_reviewer_states_a_purpose_and_reads_the_changes_and_looks() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        api.getAs("/api/cases/" + caseId, "anna");
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "rita");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/audit");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pourquoi consultez-vous ?");
                assertThat(browser.seriousViolations()).as("axe on the purpose page").isEmpty();
                browser.driver.findElement(By.id("purpose")).sendKeys("Inspection annuelle");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Piste d'audit"));

                String timeline = browser.driver.findElement(By.cssSelector("ol.timeline")).getText();
                assertThat(timeline).contains("Concern raised by school", "Case opened, led by police",
                        "anna (police)", "le dossier", "rita (city)", "but : Inspection annuelle");
                assertThat(browser.seriousViolations()).as("axe on the audit trail").isEmpty();

                new Select(browser.driver.findElement(By.id("show"))).selectByValue("reads");
                browser.driver.findElement(By.cssSelector("form.filters button")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("show=reads"));
                assertThat(browser.driver.findElement(By.cssSelector("ol.timeline")).getText())
                        .doesNotContain("Concern raised by school").contains("anna (police)");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-audit-fr");
                throw failure;
            }
        }
    }

    @Test
    void a_partner_may_not_read_the_audit_trail() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        try (Browser browser = new Browser("nl")) {
            browser.logIn(port, "sofie");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/audit");

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Niet toegestaan");
        }
    }
}
