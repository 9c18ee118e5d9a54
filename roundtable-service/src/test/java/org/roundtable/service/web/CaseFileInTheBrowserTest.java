package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * The case file page shows what the API shows its reader: the items their level allows, a protected source as
 * "a partner", and, to someone who may not know of the case, a page that says it is not there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseFileInTheBrowserTest extends ApiTest {

    @Test
    void a_participant_opens_a_case_from_the_list_and_sees_a_protected_item_as_from_a_partner() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN"));
        api.post("/api/cases/" + caseId + "/information", "anna", "police", information("RED"));
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "youssef");
                browser.follow(By.cssSelector("a[href='/cases/" + caseId + "']"));

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Dossier ");
                assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Peeters", "Open");
                var items = browser.driver.findElements(By.cssSelector("ul.items li"));
                assertThat(items).hasSize(1);
                assertThat(items.get(0).getText()).contains("TLP:GREEN", "van een partner").doesNotContain("police");
                assertThat(browser.seriousViolations()).as("axe on the case page").isEmpty();
                browser.screenshot("case-nl");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-case-nl");
                throw failure;
            }
        }
    }

    @Test
    void a_case_the_person_may_not_know_of_is_not_found_in_their_language() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        try (Browser browser = new Browser("fr")) {
            browser.logIn(port, "mila");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId);

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Introuvable");
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("Peeters");
            assertThat(browser.seriousViolations()).as("axe on the not-found page").isEmpty();
        }
    }
}
