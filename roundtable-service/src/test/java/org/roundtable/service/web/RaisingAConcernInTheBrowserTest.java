package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's representative raises a concern through the guided form: the problems are said in words next to
 * their fields and in a summary, what was typed stays, and the form sent twice raises one concern.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RaisingAConcernInTheBrowserTest extends ApiTest {

    @Test
    void a_representative_is_told_what_is_missing_then_raises_the_concern_and_lands_on_its_case() {
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "anna");
                browser.follow(By.cssSelector("a[href='/concerns/new']"));
                browser.driver.findElement(By.id("givenName")).sendKeys("Sam");
                browser.driver.findElement(By.cssSelector("form[action='/concerns'] button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));

                assertThat(browser.driver.findElement(By.id("problems")).getText())
                        .contains("date de naissance ou une tranche d'âge", "Dites ce qui vous inquiète",
                                "Choisissez l'urgence", "Choisissez de quoi il s'agit");
                assertThat(browser.driver.findElement(By.id("givenName")).getDomProperty("value")).isEqualTo("Sam");
                assertThat(browser.seriousViolations()).as("axe on the form with its problems").isEmpty();
                browser.screenshot("raise-problems-fr");

                new Select(browser.driver.findElement(By.id("ageBand"))).selectByValue("AGE_16_TO_17");
                browser.driver.findElement(By.id("summary")).sendKeys("Partage des vidéos extrémistes en classe.");
                new Select(browser.driver.findElement(By.id("urgency"))).selectByValue("HIGH");
                new Select(browser.driver.findElement(By.id("category"))).selectByValue("RADICALISATION");
                browser.driver.findElement(By.cssSelector("form[action='/concerns'] button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));

                assertThat(browser.driver.findElement(By.tagName("main")).getText())
                        .contains("Sam", "Partage des vidéos extrémistes en classe.", "Signalé, en attente du screening");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-raise-fr");
                throw failure;
            }
        }
    }

    @Test
    void the_form_sent_twice_raises_one_concern() {
        long before = events();
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "anna");
            browser.follow(By.cssSelector("a[href='/concerns/new']"));
            browser.driver.findElement(By.id("familyName")).sendKeys("Peeters");
            new Select(browser.driver.findElement(By.id("ageBand"))).selectByValue("AGE_12_TO_15");
            browser.driver.findElement(By.id("summary")).sendKeys("Talks about leaving to fight abroad.");
            new Select(browser.driver.findElement(By.id("urgency"))).selectByValue("ROUTINE");
            new Select(browser.driver.findElement(By.id("category"))).selectByValue("FOREIGN_FIGHTER");

            Object statuses = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const body = () => new URLSearchParams(new FormData(document.querySelector('form[action="/concerns"]')));
                    const send = () => fetch('/concerns', {method: 'POST', body: body(), redirect: 'manual'}).then(r => r.type);
                    Promise.all([send(), send()]).then(done, e => done(String(e)));""");

            assertThat(statuses.toString()).as("both answers lead to the case").isEqualTo("[opaqueredirect, opaqueredirect]");
        }
        assertThat(events() - before).isEqualTo(1);
    }
}
