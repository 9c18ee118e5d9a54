package org.roundtable.service.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language a person picks follows the person: after logging out, and in a fresh browser that prefers another
 * language, their pages come in the language they chose; a language asked for in the address still wins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageChoiceInTheBrowserTest extends ApiTest {

    private static final String PERSON = "pieter";

    @AfterEach
    void forgetTheChoice() { // the demo people are shared by every browser test: leave pieter as he was
        jdbc.sql("delete from language_choice where person_id = :person").param("person", PERSON).update();
    }

    @Test
    void the_language_a_person_picks_follows_them_to_a_fresh_browser_after_logging_out() {
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, PERSON);
                assertThat(language(browser)).isEqualTo("en");
                browser.driver.findElement(By.cssSelector("ul.languages a[hreflang=fr]")).click();
                waitForLanguage(browser, "fr");
                browser.driver.findElement(By.cssSelector("form.logout button")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-language-choice-first-browser");
                throw failure;
            }
        }
        try (Browser fresh = new Browser("en")) {
            try {
                fresh.driver.get("http://localhost:" + port + "/login");
                assertThat(language(fresh)).as("before logging in: the browser's language").isEqualTo("en");
                fresh.submitLogin(PERSON);

                assertThat(language(fresh)).as("after logging in: the person's choice").isEqualTo("fr");
                assertThat(fresh.driver.findElement(By.cssSelector("form.logout button")).getText()).isEqualTo("Se déconnecter");
                assertThat(fresh.seriousViolations()).as("axe on the first page in the chosen language").isEmpty();

                fresh.driver.get(fresh.driver.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=nl");
                assertThat(language(fresh)).as("a language asked for in the address wins").isEqualTo("nl");
            } catch (AssertionError | RuntimeException failure) {
                fresh.screenshot("failed-language-choice-fresh-browser");
                throw failure;
            }
        }
    }

    private static String language(Browser browser) {
        return browser.driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static void waitForLanguage(Browser browser, String language) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }
}
