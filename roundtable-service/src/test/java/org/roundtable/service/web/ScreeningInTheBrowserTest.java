package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * The chair screens a raised concern from its page: told what is missing, then opening a case with its lead
 * and participants; the form sent twice screens once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreeningInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_opens_a_case_with_its_lead_and_participants() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
                browser.follow(By.cssSelector("a[href='/cases/" + caseId + "/screening']"));
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("Kies wat er met de zorg gebeurt.");
                assertThat(browser.seriousViolations()).as("axe on the screening form").isEmpty();

                browser.driver.findElement(By.id("decision-OPEN_CASE")).click();
                new Select(browser.driver.findElement(By.id("lead"))).selectByValue("police");
                browser.driver.findElement(By.id("participant-youth-work")).click();
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));

                String page = browser.driver.findElement(By.tagName("main")).getText();
                assertThat(page).contains("Open", "police, youth-work");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-screen-nl");
                throw failure;
            }
        }
    }

    @Test
    void the_chair_signposts_a_concern_to_one_partner_which_then_sees_it() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/screening");
                browser.driver.findElement(By.id("decision-SIGNPOST")).click();
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText())
                        .contains("Choisissez le partenaire à qui vous la confiez.");
                assertThat(browser.seriousViolations()).as("axe on the screening form with its problems").isEmpty();

                new Select(browser.driver.findElement(By.id("signpostTo"))).selectByValue("youth-work");
                browser.driver.findElement(By.id("reason")).sendKeys("Le travail de jeunesse connaît la famille.");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));
                assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Confié à un partenaire");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-signpost-fr");
                throw failure;
            }
        }
        assertThat(api.getAs("/api/cases/" + caseId, "youssef").json().path("status").asString()).isEqualTo("SIGNPOSTED");
    }

    @Test
    void the_form_sent_twice_screens_once() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        long before = events();
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "chris");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/screening");
            browser.driver.findElement(By.id("decision-DISMISS")).click();
            browser.driver.findElement(By.id("reason")).sendKeys("A misunderstanding about a school essay.");

            Object answers = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('main form');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                           redirect: 'manual'}).then(r => r.type);
                    send().then(first => send().then(second => done([first, second])), e => done(String(e)));""");

            assertThat(answers.toString()).isEqualTo("[opaqueredirect, opaqueredirect]");
        }
        assertThat(events() - before).isEqualTo(1);
    }
}
