package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's pages: partners and people, through the same commands and queries as the API, with
 * problems and refusals in words, and a 403 page for everyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationInTheBrowserTest extends ApiTest {

    private static final String PASSWORD = "blue kettle on a quiet tuesday";
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Every page of the administrator's, by its address; the {@code police} partner and {@code anna} exist. */
    private static final List<String> ADMINISTRATORS_PAGES = List.of("/partners", "/partners/new", "/partners/police",
            "/partners/police/leaving", "/people", "/people/new", "/people/anna", "/people/anna/deactivation",
            "/people/anna/second-factor");

    @Test
    void the_administrator_registers_a_partner_opens_an_account_for_its_representative_who_then_logs_in() {
        String partner = "probation-" + NAMES.incrementAndGet();
        String person = "bram-" + NAMES.incrementAndGet();
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "ada");
                browser.follow(By.cssSelector("nav a[href='/partners']"));
                assertThat(browser.driver.findElement(By.cssSelector("table.directory")).getText())
                        .contains("police", "Police", "anna");
                assertThat(browser.seriousViolations()).as("axe on the partners").isEmpty();

                browser.follow(By.cssSelector("a[href='/partners/new']"));
                assertThat(browser.seriousViolations()).as("axe on registering a partner").isEmpty();
                browser.driver.findElement(By.id("code")).sendKeys(partner);
                browser.driver.findElement(By.id("name")).sendKeys("Probation service");
                submit(browser);
                assertThat(browser.driver.findElement(By.id("problems")).getText()).contains("Choose the partner's sector.");
                assertThat(browser.driver.findElement(By.id("sector-problem")).getText()).isEqualTo("Choose the partner's sector.");
                assertThat(browser.seriousViolations()).as("axe on a registration with a problem").isEmpty();
                new Select(browser.driver.findElement(By.id("sector"))).selectByValue("SOCIAL_SERVICES");
                submit(browser);
                waitFor(browser, "/partners/" + partner);
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Probation service");
                assertThat(browser.seriousViolations()).as("axe on a partner").isEmpty();

                browser.follow(By.cssSelector("nav a[href='/people']"));
                assertThat(browser.seriousViolations()).as("axe on the people").isEmpty();
                browser.follow(By.cssSelector("a[href='/people/new']"));
                browser.driver.findElement(By.id("username")).sendKeys(person);
                browser.driver.findElement(By.id("displayName")).sendKeys("Bram Peeters");
                new Select(browser.driver.findElement(By.id("partner"))).selectByValue(partner);
                browser.driver.findElement(By.id("password")).sendKeys("short");
                submit(browser);
                assertThat(browser.driver.findElement(By.id("password-problem")).getText()).startsWith("This password is refused");
                assertThat(browser.seriousViolations()).as("axe on opening an account").isEmpty();
                browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
                submit(browser);
                waitFor(browser, "/people/" + person);
                assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains(partner, "Active", "Not set up");

                browser.driver.findElement(By.id("role-PARTNER")).click();
                submit(browser, "form[action$='/roles'] button[type=submit]");
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section[aria-labelledby=roles] ul.items"), "Partner representative"));
                assertThat(browser.seriousViolations()).as("axe on a person").isEmpty();

                browser.driver.get("http://localhost:" + port + "/partners/" + partner);
                new Select(browser.driver.findElement(By.id("person"))).selectByValue(person);
                submit(browser, "form[action$='/representatives'] button[type=submit]");
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section[aria-labelledby=representatives] ul.items"), "Bram Peeters"));

                browser.driver.findElement(By.cssSelector(".logout button")).click();
                browser.driver.get("http://localhost:" + port + "/login");
                logIn(browser, person, PASSWORD);
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
                assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/concerns/new']"))).hasSize(1);
                browser.screenshot("administration-en");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-administration-en");
                throw failure;
            }
        }
    }

    @Test
    void the_same_registration_sent_twice_registers_the_partner_once_and_is_no_error() {
        String partner = "twice-" + NAMES.incrementAndGet();
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "ada");
            browser.driver.get("http://localhost:" + port + "/partners/new");
            browser.driver.findElement(By.id("code")).sendKeys(partner);
            browser.driver.findElement(By.id("name")).sendKeys("Sent twice");
            new Select(browser.driver.findElement(By.id("sector"))).selectByValue("OTHER");
            long before = events();

            @SuppressWarnings("unchecked")
            List<Long> statuses = (List<Long>) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('form[action="/partners"]');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                                           redirect: 'manual'}).then(r => r.status);
                    send().then(first => send().then(second => done([first, second])));""");

            assertThat(statuses).as("both answered by going to the partner's page").containsExactly(0L, 0L);
            assertThat(events() - before).as("registered once").isEqualTo(1);
        }
    }

    @Test
    void nobody_but_an_administrator_reaches_the_administrators_pages() {
        for (String someone : List.of("anna", "chris", "rita", "pieter")) {
            try (Browser browser = new Browser("en")) {
                browser.logIn(port, someone);
                assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/partners'], nav a[href='/people']")))
                        .as(someone + "'s menu").isEmpty();
                for (String page : ADMINISTRATORS_PAGES) {
                    browser.driver.get("http://localhost:" + port + page);
                    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).as(someone + " on " + page)
                            .isEqualTo("Not allowed");
                }
            }
        }
    }

    private void logIn(Browser browser, String person, String password) {
        browser.driver.findElement(By.id("username")).sendKeys(person);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static void submit(Browser browser) {
        submit(browser, "main form button[type=submit].primary");
    }

    /** Clicks a form's button and waits for the page it answers with. */
    private static void submit(Browser browser, String button) {
        WebElement clicked = browser.driver.findElement(By.cssSelector(button));
        clicked.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(clicked));
    }

    private static void waitFor(Browser browser, String path) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*" + path + "$"));
    }
}
