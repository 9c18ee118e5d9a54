package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * The partner an action is assigned to answers it from its list of actions, in Dutch: accepts one and notes its
 * progress (a note sent twice from one form is noted once), declines another, told in words next to the field
 * that a reason is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnsweringAnActionInTheBrowserTest extends ApiTest {

    @Test
    void a_partner_accepts_an_action_notes_its_progress_once_and_declines_another_with_a_reason() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String first = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(7))).text("actionId");
        String second = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(14))).text("actionId");
        String actions = "/cases/" + caseId + "/actions/";
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "youssef");
                browser.driver.get("http://localhost:" + port + "/actions");
                assertThat(browser.seriousViolations()).as("axe on my actions").isEmpty();

                browser.driver.findElement(By.cssSelector("form[action='" + actions + first + "/acceptance'] button")).click();
                waitFor(browser, By.cssSelector("p.notice"));
                assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText()).contains("De actie is aanvaard");
                assertThat(row(browser, first)).contains("Aanvaard");

                browser.follow(By.cssSelector("a[href='" + actions + first + "/progress']"));
                assertThat(browser.seriousViolations()).as("axe on noting progress").isEmpty();
                browser.driver.findElement(By.id("text")).sendKeys("Eerste gesprek met Sam gehad.");
                sendTwice(browser);
                browser.driver.get("http://localhost:" + port + "/actions");
                assertThat(row(browser, first)).contains("Eerste gesprek met Sam gehad.");
                assertThat(browser.driver.findElements(By.xpath(
                        "//tr[.//a[@href='" + actions + first + "/progress']]//ul[@class='progress-notes']/li")))
                        .as("one note, though its form was sent twice").hasSize(1);

                browser.follow(By.cssSelector("a[href='" + actions + second + "/decline']"));
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                waitFor(browser, By.id("problems"));
                assertThat(browser.driver.findElement(By.id("text-problem")).getText())
                        .isEqualTo("Zeg waarom u de actie weigert (hoogstens 4000 tekens).");
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("Zeg waarom u de actie weigert");
                assertThat(browser.seriousViolations()).as("axe on a decline with its problem").isEmpty();

                browser.driver.findElement(By.id("text")).sendKeys("Wij hebben deze maand geen jeugdwerker vrij.");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/actions$"));
                assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText()).contains("De actie is geweigerd");
                assertThat(browser.driver.findElements(By.cssSelector("a[href='" + actions + second + "/decline']"))).isEmpty();

                String file = api.getAs("/api/cases/" + caseId, "youssef").body();
                assertThat(file).contains("\"ACCEPTED\"", "\"DECLINED\"", "Wij hebben deze maand geen jeugdwerker vrij.");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-answer-action-nl");
                throw failure;
            }
        }
    }

    /** The row of my actions that offers this action's next steps. */
    private static String row(Browser browser, String action) {
        return browser.driver.findElement(By.xpath("//tr[.//a[contains(@href, '" + action + "/completion')]]")).getText();
    }

    /** Sends the form on the page twice as it was shown (a double click that reaches the service twice). */
    private static void sendTwice(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form');
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                       redirect: 'manual'});
                send().then(send).then(() => done(true), e => done(String(e)));""");
    }

    private static void waitFor(Browser browser, By element) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
