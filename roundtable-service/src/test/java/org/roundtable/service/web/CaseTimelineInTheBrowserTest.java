package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * A case's history is one timeline of everything on it the reader may see, in time order: a protected item and
 * the consent asked of its owner come "from a partner" to a participant who does not own it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseTimelineInTheBrowserTest extends ApiTest {

    @Test
    void a_participant_reads_the_whole_history_with_a_protected_source_as_a_partner() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN")) // protected
                .text("informationId");
        String action = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(7), item)).text("actionId");
        api.post("/api/cases/" + caseId + "/actions/" + action + "/consents/" + item, "anna", "police",
                "{\"decision\": \"GRANTED\"}");
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "youssef");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);

                String timeline = browser.driver.findElement(By.cssSelector("ol.timeline")).getText();
                assertThat(timeline).containsSubsequence("Raised, waiting for screening", "Open",
                        "Information shared from a partner", "Action assigned to youth-work",
                        "Consent asked youth-work asks a partner to rely on its information", "Consent granted by a partner");
                assertThat(timeline).as("the protected source is never named").doesNotContain("police", "anna");
                assertThat(browser.seriousViolations()).as("axe on the case with its timeline").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-case-timeline-en");
                throw failure;
            }
        }
    }
}
