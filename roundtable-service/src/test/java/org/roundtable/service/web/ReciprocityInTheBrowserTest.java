package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair's reciprocity report, in English: from the chair's menu, per partner over the last twelve months or
 * a chosen period, a table with its caption; a period that ends before it starts is refused in words next to
 * the field. Each view is recorded in the access log, as the API's read is; nobody else is offered or shown it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReciprocityInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_reads_what_each_partner_gives_and_takes_over_a_period() {
        long looksBefore = reciprocityLooks("chris");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");
                browser.follow(By.cssSelector("nav a[href='/reports/reciprocity']"));

                assertThat(browser.driver.findElement(By.cssSelector("main table caption")).getText())
                        .isEqualTo("Per partner, from " + day.format(today.minusDays(364)) + " to " + day.format(today));
                assertThat(browser.driver.findElements(By.cssSelector("main table tbody th[scope=row]")))
                        .extracting(WebElement::getText).contains("police", "school", "youth-work");
                assertThat(browser.driver.findElements(By.cssSelector("main table thead th[scope=col]")))
                        .extracting(WebElement::getText)
                        .containsExactly("Partner", "Items shared", "Looks at cases", "Items read", "Actions taken on", "Actions completed");
                assertThat(browser.seriousViolations()).as("axe on the reciprocity report").isEmpty();
                assertThat(reciprocityLooks("chris")).isEqualTo(looksBefore + 1);
                browser.screenshot("reciprocity-en");

                date(browser, "from", LocalDate.of(2026, 5, 1));
                date(browser, "to", LocalDate.of(2026, 4, 30));
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("from-problem")).getText())
                        .isEqualTo("The period starts on or before its last day.");
                assertThat(browser.driver.findElements(By.cssSelector("main table"))).isEmpty();
                assertThat(browser.seriousViolations()).as("axe on the report with a problem").isEmpty();

                date(browser, "from", LocalDate.of(2026, 1, 1));
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table caption")));
                assertThat(browser.driver.findElement(By.cssSelector("main table caption")).getText())
                        .isEqualTo("Per partner, from January 1, 2026 to April 30, 2026");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-reciprocity-en");
                throw failure;
            }
        }
    }

    @Test
    void a_partner_is_neither_offered_nor_shown_the_report() {
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "anna");
            assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/reports/reciprocity']"))).isEmpty();

            browser.driver.get("http://localhost:" + port + "/reports/reciprocity");

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(browser.driver.findElements(By.cssSelector("main table"))).isEmpty();
        }
    }

    private long reciprocityLooks(String person) {
        return jdbc.sql("select count(*) from access_record where look = 'RECIPROCITY' and person_id = :person and outcome = 'SHOWN'")
                .param("person", person).query(Long.class).single();
    }

    private static void date(Browser browser, String field, LocalDate day) {
        WebElement input = browser.driver.findElement(By.id(field));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }
}
