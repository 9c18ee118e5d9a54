package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * A case's reviews and its closing report in the browser: the chair closes a case with a report and a review six
 * months on, in Dutch (a report left out refused in words next to its fields); and records a review and moves the
 * next one, in English (a day in the past refused the same way), after which the dashboard lists the review due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewsInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_closes_a_case_with_a_closing_report_and_a_review_six_months_on_in_dutch() {
        String casePage = "/cases/" + openCase();
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + casePage);
                browser.follow(By.cssSelector("a[href='" + casePage + "/closure']"));
                browser.driver.findElement(By.id("reason-RISK_REDUCED")).click();
                submit(browser);
                assertThat(problemAt(browser, "outcome")).isEqualTo("Schrijf het resultaat op (hoogstens 4000 tekens).");
                assertThat(problemAt(browser, "exitCriteria")).isEqualTo("Kies of de afsluitcriteria gehaald werden.");
                assertThat(browser.seriousViolations()).as("axe on the closing form with the report left out").isEmpty();

                browser.driver.findElement(By.id("outcome")).sendKeys("Sam gaat weer elke dag naar school.");
                browser.driver.findElement(By.id("exitCriteria-PARTLY_MET")).click();
                browser.driver.findElement(By.id("reviewsAfter-6")).click();
                submit(browser);
                waitFor(browser, casePage + "$");

                String reviews = browser.driver.findElement(By.cssSelector("section.reviews")).getText();
                assertThat(reviews).contains("Resultaat", "Sam gaat weer elke dag naar school.", "Gedeeltelijk gehaald",
                        "Evaluaties na afsluiting", inDutch(LocalDate.now().plusMonths(6)));
                assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("Afgesloten")
                        .doesNotContain("Volgende evaluatie");
                assertThat(browser.seriousViolations()).as("axe on a closed case with its closing report").isEmpty();
                browser.screenshot("case-closing-report-nl");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-case-closing-report-nl");
                throw failure;
            }
        }
    }

    @Test
    void the_chair_records_a_review_and_moves_the_next_one_in_english() {
        String caseId = openCase();
        String casePage = "/cases/" + caseId;
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + casePage);
                assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText())
                        .contains("Next review", inEnglish(LocalDate.now().plusMonths(3)));

                browser.follow(By.cssSelector("a[href='" + casePage + "/reviews/new']"));
                submit(browser);
                assertThat(problemAt(browser, "note")).isEqualTo("Write what the round table found (at most 4000 characters).");
                assertThat(browser.seriousViolations()).as("axe on the review form with a problem").isEmpty();
                browser.driver.findElement(By.id("note")).sendKeys("Sam joined the football team; no new incidents.");
                submit(browser);
                waitFor(browser, casePage + "$");
                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                        .isEqualTo("The review is recorded.");
                assertThat(browser.driver.findElement(By.cssSelector("section.reviews")).getText())
                        .contains("Last review", "Sam joined the football team; no new incidents.");

                browser.follow(By.cssSelector("a[href='" + casePage + "/review-date']"));
                date(browser, "dueOn", LocalDate.now().minusDays(1));
                submit(browser);
                assertThat(problemAt(browser, "dueOn")).isEqualTo("That day has passed: choose a later day.");
                assertThat(browser.seriousViolations()).as("axe on the review date form with a problem").isEmpty();
                date(browser, "dueOn", LocalDate.now());
                submit(browser);
                waitFor(browser, casePage + "$");
                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                        .isEqualTo("The next review is moved.");
                assertThat(browser.seriousViolations()).as("axe on the case page with its reviews").isEmpty();

                browser.driver.get("http://localhost:" + port + "/dashboard");
                String number = api.getAs("/api/cases/" + caseId, "chris").text("caseNumber");
                assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby='reviews-due'] table")).getText())
                        .contains(number, "Review " + number);
                assertThat(browser.seriousViolations()).as("axe on the dashboard with a review due").isEmpty();
                browser.screenshot("dashboard-reviews-due-en");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-reviews-en");
                throw failure;
            }
        }
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        return caseId;
    }

    private static String inDutch(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl")).format(day);
    }

    private static String inEnglish(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("en")).format(day);
    }

    private static void date(Browser browser, String field, LocalDate day) {
        WebElement input = browser.driver.findElement(By.id(field));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }

    private static void submit(Browser browser) {
        browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("problems")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice[role=status]"))));
    }

    private static String problemAt(Browser browser, String field) {
        return browser.driver.findElement(By.id(field + "-problem")).getText();
    }

    private static void waitFor(Browser browser, String url) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(url));
    }
}
