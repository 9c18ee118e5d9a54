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

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * A participating partner shares what it knows from the case page, choosing the level and source protection
 * with their meaning in plain words; another participant then reads it as coming from "a partner"; the form
 * sent twice shares it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SharingInformationInTheBrowserTest extends ApiTest {

    @Test
    void a_participant_shares_a_protected_item_and_another_reads_it_as_from_a_partner() {
        String caseId = anOpenCase();
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "anna");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
                browser.follow(By.cssSelector("a[href='/cases/" + caseId + "/information/new']"));
                assertThat(browser.driver.findElement(By.id("level-AMBER_STRICT-explained")).getText())
                        .isEqualTo("De partners die aan dit dossier deelnemen, en niemand anders.");
                assertThat(browser.seriousViolations()).as("axe on the sharing form").isEmpty();

                browser.driver.findElement(By.id("content")).sendKeys("Gezien bij een bijeenkomst van een wervende groep.");
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("Kies wie het mag lezen.");

                browser.driver.findElement(By.id("level-AMBER_STRICT")).click();
                browser.driver.findElement(By.id("sourceProtected")).click();
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));
                assertThat(browser.driver.findElement(By.cssSelector("ul.items")).getText())
                        .contains("TLP:AMBER+STRICT", "van police", "Gezien bij een bijeenkomst");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-share-nl");
                throw failure;
            }
        }
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "youssef");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId);

            assertThat(browser.driver.findElement(By.cssSelector("ul.items")).getText())
                    .contains("from a partner").doesNotContain("police");
        }
    }

    @Test
    void the_form_sent_twice_shares_once() {
        String caseId = anOpenCase();
        long before = events();
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "anna");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/information/new");
            browser.driver.findElement(By.id("content")).sendKeys("Missed school all week.");
            browser.driver.findElement(By.id("level-GREEN")).click();

            Object answers = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('main form');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                           redirect: 'manual'}).then(r => r.type);
                    Promise.all([send(), send()]).then(done, e => done(String(e)));""");

            assertThat(answers.toString()).isEqualTo("[opaqueredirect, opaqueredirect]");
        }
        assertThat(events() - before).isEqualTo(1);
    }

    private String anOpenCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        return caseId;
    }

    private static void submit(Browser browser) {
        browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }
}
