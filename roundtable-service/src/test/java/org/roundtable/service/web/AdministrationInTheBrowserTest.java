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
    /** Names of its own ("-web-"): the service and its data are shared with the other tests of the same setup. */
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Every page of the administrator's, by its address; the {@code police} partner and {@code anna} exist. */
    private static final List<String> ADMINISTRATORS_PAGES = List.of("/partners", "/partners/new", "/partners/police",
            "/partners/police/leaving", "/people", "/people/new", "/people/anna", "/people/anna/deactivation",
            "/people/anna/second-factor");

    @Test
    void the_administrator_registers_a_partner_opens_an_account_for_its_representative_who_then_logs_in() {
        String partner = "probation-web-" + NAMES.incrementAndGet();
        String person = "bram-web-" + NAMES.incrementAndGet();
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
                browser.screenshot("person-en");

                browser.driver.get("http://localhost:" + port + "/partners/" + partner);
                new Select(browser.driver.findElement(By.id("person"))).selectByValue(person);
                submit(browser, "form[action$='/representatives'] button[type=submit]");
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section[aria-labelledby=representatives] ul.items"), "Bram Peeters"));
                browser.follow(By.cssSelector("nav a[href='/partners']"));
                browser.screenshot("partners-en");

                browser.driver.findElement(By.cssSelector(".logout button")).click();
                browser.driver.get("http://localhost:" + port + "/login");
                logIn(browser, person, PASSWORD);
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
                assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/concerns/new']"))).hasSize(1);
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-administration-en");
                throw failure;
            }
        }
    }

    @Test
    void in_dutch_the_administrator_sets_up_a_new_second_factor_then_deactivates_an_account_that_then_cannot_log_in() {
        String person = "lotte-web-" + NAMES.incrementAndGet();
        var opened = api.post("/api/people", "ada", "city", """
                {"username": "%s", "partner": "youth-work", "displayName": "Lotte Claes", "roles": ["PARTNER"],
                 "password": "%s"}""".formatted(person, PASSWORD));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "ada");
                browser.driver.get("http://localhost:" + port + "/people/" + person);
                assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Actief", "Niet ingesteld");

                browser.follow(By.cssSelector("a[href='/people/" + person + "/second-factor']"));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Een nieuwe tweede factor voor Lotte Claes?");
                assertThat(browser.seriousViolations()).as("axe on confirming a new second factor").isEmpty();
                submit(browser);
                assertThat(browser.driver.findElement(By.id("otpauth")).getText()).startsWith("otpauth://totp/");
                assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Wat de persoon nu moet doen");
                assertThat(browser.seriousViolations()).as("axe on the new second factor").isEmpty();
                browser.follow(By.cssSelector("main a[href='/people/" + person + "']"));
                assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Ingesteld");

                browser.follow(By.cssSelector("a[href='/people/" + person + "/deactivation']"));
                assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("nooit meer aanmelden");
                assertThat(browser.seriousViolations()).as("axe on confirming a deactivation").isEmpty();
                submit(browser);
                waitFor(browser, "/people/" + person);
                assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Gedeactiveerd");
                assertThat(browser.seriousViolations()).as("axe on a deactivated person").isEmpty();

                browser.driver.findElement(By.cssSelector(".logout button")).click();
                browser.driver.get("http://localhost:" + port + "/login");
                browser.driver.findElement(By.id("username")).sendKeys(person);
                browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
                submit(browser);
                assertThat(browser.driver.getCurrentUrl()).contains("/login");
                assertThat(browser.driver.findElement(By.cssSelector(".error-summary")).isDisplayed()).isTrue();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-administration-nl");
                throw failure;
            }
        }
    }

    @Test
    void in_french_a_refusal_is_said_in_words_on_the_page_not_as_an_error_page() {
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "ada");
                browser.driver.get("http://localhost:" + port + "/people/ada");
                long before = events();
                submit(browser, "form[action='/people/ada/roles/ADMIN/revocation'] button");

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ada (administrator)");
                assertThat(browser.driver.findElement(By.id("problems")).getText())
                        .contains("Vous ne pouvez pas retirer votre propre rôle d'administrateur");
                assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby=roles] .problem")).getText())
                        .startsWith("Vous ne pouvez pas retirer");
                assertThat(events()).as("nothing written").isEqualTo(before);
                assertThat(browser.seriousViolations()).as("axe on a refusal").isEmpty();

                browser.driver.get("http://localhost:" + port + "/partners/new");
                browser.driver.findElement(By.id("code")).sendKeys("police");
                browser.driver.findElement(By.id("name")).sendKeys("Une autre police");
                new Select(browser.driver.findElement(By.id("sector"))).selectByValue("POLICE");
                submit(browser);
                assertThat(browser.driver.findElement(By.id("code-problem")).getText())
                        .isEqualTo("Un partenaire est déjà enregistré sous ce code. Choisissez un autre code.");
                assertThat(browser.seriousViolations()).as("axe on a code taken").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-administration-fr");
                throw failure;
            }
        }
    }

    @Test
    void the_same_registration_sent_twice_registers_the_partner_once_and_is_no_error() {
        String partner = "twice-web-" + NAMES.incrementAndGet();
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
    void a_new_second_factor_sent_twice_keeps_the_secret_shown_the_first_time() {
        String person = "twice-web-" + NAMES.incrementAndGet();
        var opened = api.post("/api/people", "ada", "city", """
                {"username": "%s", "partner": "police", "displayName": "Sent Twice", "roles": [], "password": "%s"}"""
                .formatted(person, PASSWORD));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "ada");
            browser.driver.get("http://localhost:" + port + "/people/" + person + "/second-factor");

            @SuppressWarnings("unchecked")
            List<String> pages = (List<String>) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('main form');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                                           .then(r => r.text());
                    send().then(first => send().then(second => done([first, second])));""");

            String secret = jdbc.sql("select totp_secret from login_credential where person_id = ?").param(person)
                    .query(String.class).single();
            assertThat(pages.get(0)).contains("otpauth://totp/", "secret=" + secret);
            assertThat(pages.get(1)).doesNotContain("otpauth://").contains("This form was sent before");
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
        browser.waitUntilGone(clicked);
    }

    private static void waitFor(Browser browser, String path) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*" + path + "$"));
    }
}
