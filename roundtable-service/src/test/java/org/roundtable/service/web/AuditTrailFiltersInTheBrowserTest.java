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
import static org.roundtable.service.support.Bodies.information;

/**
 * A reviewer narrows a case's audit trail to one partner and one kind of event: with JavaScript, htmx replaces
 * only the timeline and the number of entries is announced; without it, the same form is a plain GET form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailFiltersInTheBrowserTest extends ApiTest {

    /** The police shared twice (once with its source protected) and read the case once. */
    private String aCaseWhereThePoliceSharedAndRead() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN")); // source protected
        api.post("/api/cases/" + caseId + "/information", "anna", "police", """
                {"content": "Lives with an uncle since March", "level": "GREEN", "sourceProtected": false}""");
        api.getAs("/api/cases/" + caseId, "anna");
        return caseId;
    }

    @Test
    void with_htmx_the_filters_replace_only_the_timeline_in_french() {
        String caseId = aCaseWhereThePoliceSharedAndRead();
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "rita");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/audit?purpose=Inspection");
                assertThat(browser.driver.findElement(By.cssSelector("ol.timeline")).getText())
                        .contains("Concern raised by school");
                // A mark outside the timeline: a full page load would lose it.
                browser.driver.executeScript(
                        "document.querySelector('h1').insertAdjacentHTML('afterend', '<span id=\"still-here\"></span>')");

                new Select(browser.driver.findElement(By.id("partner"))).selectByValue("police");
                new Select(browser.driver.findElement(By.id("kind"))).selectByValue("InformationShared");
                browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBe(By.id("entries"), "1 entrée")); // not the protected one

                assertThat(browser.driver.findElement(By.cssSelector("ol.timeline")).getText())
                        .contains("Information shared by police").doesNotContain("Concern raised by school");
                assertThat(browser.driver.findElements(By.id("still-here"))).as("no full page load").hasSize(1);
                assertThat(browser.driver.getCurrentUrl()).as("the filtered address, to share or reload")
                        .contains("partner=police", "kind=InformationShared", "purpose=Inspection");
                assertThat(browser.driver.findElement(By.id("entries")).getDomAttribute("aria-live")).isEqualTo("polite");
                assertThat(browser.seriousViolations()).as("axe on the filtered audit trail").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-audit-filters-htmx-fr");
                throw failure;
            }
        }
    }

    @Test
    void without_javascript_the_filters_are_a_plain_form_in_french() {
        String caseId = aCaseWhereThePoliceSharedAndRead();
        try (Browser browser = new Browser("fr", false)) {
            try {
                browser.logIn(port, "rita");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/audit?purpose=Inspection");

                new Select(browser.driver.findElement(By.id("partner"))).selectByValue("police");
                new Select(browser.driver.findElement(By.id("show"))).selectByValue("reads");
                browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("partner=police"));

                String timeline = browser.driver.findElement(By.cssSelector("ol.timeline")).getText();
                assertThat(timeline).contains("anna (police)", "le dossier").doesNotContain("rita", "Information shared");
                assertThat(browser.driver.findElement(By.id("entries")).getText()).isEqualTo("1 entrée");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-audit-filters-plain-fr");
                throw failure;
            }
        }
    }

    @Test
    void a_period_that_ends_before_it_starts_is_said_next_to_its_last_day() {
        String caseId = aCaseWhereThePoliceSharedAndRead();
        try (Browser browser = new Browser("fr", false)) {
            try {
                browser.logIn(port, "rita");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId
                        + "/audit?purpose=Inspection&from=2026-03-10&to=2026-03-01");

                assertThat(browser.driver.findElement(By.id("to-problem")).getText())
                        .isEqualTo("Indiquez le dernier jour sous forme de date, identique ou postérieur au premier jour.");
                assertThat(browser.driver.findElement(By.cssSelector("#problems a")).getDomAttribute("href")).isEqualTo("#to");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-audit-filters-period-fr");
                throw failure;
            }
        }
    }
}
