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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * A compliance reviewer states why she looks, then reads what of a case was disclosed to each partner; her look
 * is recorded as the API's is. A partner is not allowed to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DisclosuresInTheBrowserTest extends ApiTest {

    @Test
    void a_reviewer_states_her_purpose_and_reads_the_disclosures_per_partner_in_dutch() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN"));
        api.getAs("/api/cases/" + caseId, "youssef");
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "rita");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/disclosures");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Waarom kijkt u?");
                browser.driver.findElement(By.id("purpose")).sendKeys("Verzoek van de betrokkene");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Verstrekkingen uit dossier"));

                String page = browser.driver.findElement(By.id("main")).getText();
                assertThat(page).contains("youth-work: 1 inzage", "youssef", "het dossier", "1 item");
                assertThat(browser.seriousViolations()).as("axe on the disclosures page").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-disclosures-nl");
                throw failure;
            }
        }
        assertThat(jdbc.sql("""
                        select count(*) from access_record where case_id = :caseId and person_id = 'rita'
                        and look = 'DISCLOSURES' and outcome = 'SHOWN' and purpose = 'Verzoek van de betrokkene'""")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single())
                .as("the look is recorded with its purpose, as the API's").isEqualTo(1);
    }

    @Test
    void a_partner_may_not_read_the_disclosures_and_the_refusal_is_recorded() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "sofie");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/disclosures");

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
        assertThat(jdbc.sql("""
                        select count(*) from access_record where case_id = :caseId and person_id = 'sofie'
                        and look = 'DISCLOSURES' and outcome = 'REFUSED'""")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single()).isEqualTo(1);
    }
}
