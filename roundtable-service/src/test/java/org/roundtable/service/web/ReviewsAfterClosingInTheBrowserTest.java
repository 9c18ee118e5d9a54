package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.deadlines.MovedClock;
import org.roundtable.service.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A review after closing, in French: a case closed with a review six months on; the same service, restarted with its
 * clock more than six months on, meets the review's deadline. The chair finds the review on the dashboard, records it
 * (the note and the outcome left out first, refused in words next to their fields) as cause for concern again, and
 * the case page shows it recorded, no longer due, and says the case may be reopened.
 */
class ReviewsAfterClosingInTheBrowserTest {

    @TempDir
    Path data;

    @Test
    void the_chair_records_a_review_after_closing_that_finds_cause_for_concern_again_in_french() {
        String url = "jdbc:h2:file:" + data.resolve("roundtable")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String caseId;
        String number;
        try (ConfigurableApplicationContext service = start(url, "PT0S")) {
            Api api = api(service);
            caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
            String cases = "/api/cases/" + caseId;
            assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "youth-work")).status())
                    .isEqualTo(204);
            assertThat(api.post(cases + "/closure", "chris", "city", """
                    {"reason": "RISK_REDUCED", "outcome": "De retour à l'école", "exitCriteria": "MET",
                     "postClosureReviews": ["%s"]}""".formatted(LocalDate.now().plusMonths(6))).status()).isEqualTo(204);
            number = api.getAs(cases, "chris").text("caseNumber");
        }

        try (ConfigurableApplicationContext service = start(url, "P190D");
             Browser browser = new Browser("fr")) {
            Api api = api(service);
            String cases = "/api/cases/" + caseId;
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    !api.getAs(cases, "chris").json().path("reviews").path("afterClosureDue").isEmpty());
            int port = port(service);
            String casePage = "/cases/" + caseId;
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/dashboard");
                assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby='reviews-due'] table"))
                        .getText()).contains(number, "Évaluer le dossier " + number + " après la clôture");
                assertThat(browser.seriousViolations()).as("axe on the dashboard with a review after closing due").isEmpty();

                browser.follow(By.cssSelector("a[href='" + casePage + "/post-closure-reviews/new']"));
                submit(browser);
                assertThat(problemAt(browser, "note"))
                        .isEqualTo("Indiquez ce que la table ronde a constaté (4000 caractères au plus).");
                assertThat(problemAt(browser, "outcome")).isEqualTo("Choisissez si le dossier inquiète à nouveau.");
                assertThat(browser.seriousViolations()).as("axe on the review after closing with its problems").isEmpty();

                browser.driver.findElement(By.id("note")).sendKeys("Nouvelles menaces dans le groupe de la classe.");
                browser.driver.findElement(By.id("outcome-CONCERN_AGAIN")).click();
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(casePage + "$"));

                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo(
                        "L'évaluation après la clôture est enregistrée : le dossier inquiète à nouveau. "
                                + "Rouvrez-le si la table ronde est d'accord.");
                String reviews = browser.driver.findElement(By.cssSelector("section.reviews")).getText();
                assertThat(reviews).contains("Évalué après la clôture", "nouveau motif d'inquiétude",
                        "Nouvelles menaces dans le groupe de la classe.", "enregistrée",
                        "La dernière évaluation après la clôture a trouvé un nouveau motif d'inquiétude")
                        .doesNotContain("à faire");
                assertThat(browser.driver.findElements(By.cssSelector("a[href='" + casePage + "/post-closure-reviews/new']")))
                        .isEmpty();
                assertThat(browser.driver.findElements(By.cssSelector("a[href='" + casePage + "/reopening']"))).hasSize(1);
                assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("Clôturé");
                assertThat(browser.seriousViolations()).as("axe on the case with its review after closing").isEmpty();
                browser.screenshot("post-closure-review-fr");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-post-closure-review-fr");
                throw failure;
            }
        }
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

    private static ConfigurableApplicationContext start(String url, String clockOffset) {
        return new SpringApplicationBuilder(RoundtableApplication.class, MovedClock.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--test.clock-offset=" + clockOffset,
                        "--roundtable.deadlines.polling-interval=1s");
    }

    private static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(port(service));
    }
}
