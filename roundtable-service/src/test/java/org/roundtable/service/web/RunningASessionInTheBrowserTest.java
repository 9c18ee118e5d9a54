package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * In Dutch, the chair runs a session from the browser alone: schedules it, accepts the proposed agenda, adds a case
 * with an open action, records attendance and the confidentiality agreement, notes an item (a form sent twice notes
 * it once), closes it once it has begun, carrying the open action forward (refused until a reason is chosen), opens
 * the printable minutes, marked restricted, and sees the next session's proposed agenda bring the case back. Every
 * page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunningASessionInTheBrowserTest extends ApiTest {

    private static final ZoneId ROUND_TABLE = ZoneId.of("Europe/Brussels");

    @Test
    void the_chair_schedules_runs_closes_and_prints_a_session() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String caseNumber = api.get("/api/cases/" + caseId).text("caseNumber");
        String followedUp = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String followedUpNumber = api.get("/api/cases/" + followedUp).text("caseNumber");
        assertThat(api.post("/api/cases/" + followedUp + "/screening", "chris", "city", openCase("police", "school")).status())
                .isEqualTo(204);
        String visit = api.post("/api/cases/" + followedUp + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(10))).text("actionId");
        Instant startsAt = Instant.now().plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "chris");
                browser.follow(By.cssSelector("nav a[href='/sessions']"));
                assertThat(browser.seriousViolations()).as("axe on the sessions").isEmpty();

                setValue(browser, By.id("startsAt"), LocalDateTime.ofInstant(startsAt, ROUND_TABLE).toString());
                browser.driver.findElement(By.id("place")).sendKeys("Stadhuis, zaal 2");
                browser.driver.findElement(By.cssSelector("main form button[type=submit].primary")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("agenda-title")));
                String sessionPage = browser.driver.getCurrentUrl();
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Zitting van");
                assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Gepland");

                for (WebElement proposed : browser.driver.findElements(By.cssSelector(".proposal input[type=checkbox]"))) {
                    if (!proposed.getDomAttribute("id").equals("proposed-" + caseId)) {
                        proposed.click(); // only this story's concern
                    }
                }
                assertThat(browser.driver.findElement(By.cssSelector("label[for='proposed-" + caseId + "']")).getText())
                        .isEqualTo(caseNumber + ": Screening van een zorg, 12 minuten");
                browser.driver.findElement(By.id("accept-proposal")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
                assertThat(browser.driver.findElement(By.id("agenda")).getText()).contains(caseNumber, "Screening van een zorg");
                new Select(browser.driver.findElement(By.id("caseId"))).selectByValue(followedUp);
                new Select(browser.driver.findElement(By.id("purpose"))).selectByValue("DISCUSSION");
                browser.driver.findElement(By.cssSelector("form.add-item button[type=submit]")).click();
                patiently(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), followedUpNumber));

                new Select(browser.driver.findElement(By.id("attendance-school"))).selectByValue("PRESENT");
                new Select(browser.driver.findElement(By.id("by-school"))).selectByValue("sofie");
                browser.driver.findElement(By.xpath("//select[@id='attendance-school']/ancestor::form//button")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.agrees")));
                assertThat(browser.driver.findElement(By.id("agreement")).getText()).isEqualTo("Vertrouwelijkheid");
                assertThat(browser.driver.findElement(By.cssSelector("blockquote.statement")).getText())
                        .contains("Niemand is verplicht te spreken");
                browser.driver.findElement(By.cssSelector("button.agrees")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".agreed")));
                assertThat(browser.driver.findElement(By.cssSelector(".agreements")).getText()).contains("sofie (school)", "ingestemd om");

                WebElement note = browser.driver.findElement(By.cssSelector("textarea[name=note]"));
                note.sendKeys("De school spreekt eerst met de ouders.");
                sentTwice(browser, note);
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.notes")));
                assertThat(browser.driver.findElements(By.cssSelector("ul.notes li"))).as("a form sent twice notes once").hasSize(1);
                assertThat(browser.driver.findElement(By.cssSelector("ul.notes")).getText()).contains("De school spreekt eerst met de ouders.");
                assertThat(browser.seriousViolations()).as("axe on the run-sheet").isEmpty();
                browser.screenshot("run-sheet-nl");

                await().atMost(Duration.ofSeconds(90)).until(() -> Instant.now().isAfter(startsAt.plusSeconds(1)));
                browser.driver.get(sessionPage);
                assertThat(browser.driver.findElement(By.cssSelector("fieldset.carry legend")).getText())
                        .contains(followedUpNumber, "police", "Talk with the parents");
                browser.driver.findElement(By.id("close")).click();
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("close-problem")));
                assertThat(browser.driver.findElement(By.id("close-problem")).getText())
                        .as("an open action left without a reason").startsWith("Kies voor elke actie die nog openstaat");
                assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Gepland");
                assertThat(browser.seriousViolations()).as("axe on the refused closing").isEmpty();
                browser.driver.findElement(By.id("carry-" + visit + "-NOT_DONE_BY_PARTNER")).click();
                browser.driver.findElement(By.id("close")).click();
                patiently(browser).until(ExpectedConditions.textToBe(By.id("status"), "Afgesloten"));
                assertThat(browser.driver.findElements(By.cssSelector("textarea[name=note]"))).as("no more notes").isEmpty();
                assertThat(browser.driver.findElement(By.cssSelector(".carried")).getText())
                        .contains("Overgedragen naar de volgende agenda", "police", "Talk with the parents",
                                "Niet uitgevoerd door de partner");

                browser.follow(By.id("print-link"));
                String minutes = browser.driver.findElement(By.id("main")).getText();
                assertThat(minutes).contains("Beperkt: alleen voor het werk van de rondetafel", "Verslag van de zitting van",
                        caseNumber, "De school spreekt eerst met de ouders.", "Aanwezig", "sofie", "Definitief sinds",
                        "Niet uitgevoerd door de partner");
                assertThat(browser.seriousViolations()).as("axe on the printable minutes").isEmpty();
                browser.screenshot("minutes-print-nl");

                String next = api.post("/api/sessions", "chris", "city", """
                        {"startsAt": "%s", "place": "Stadhuis, zaal 2"}""".formatted(startsAt.plus(Duration.ofDays(14))))
                        .location().substring("/api".length());
                browser.driver.get(browser.driver.getCurrentUrl().replaceAll("/sessions/.*", next));
                patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("agenda-title")));
                assertThat(browser.driver.findElement(By.cssSelector("label[for='proposed-" + followedUp + "']")).getText())
                        .as("the next agenda brings the case back").isEqualTo(followedUpNumber + ": Overgedragen actie, 12 minuten");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-run-sheet-nl");
                throw new AssertionError(failure);
            }
        }
        assertThat(jdbc.sql("""
                        select count(*) from access_record where case_id = :caseId and person_id = 'chris'
                        and look = 'SESSION' and outcome = 'SHOWN'""")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single())
                .as("each view of the run-sheet is a look at the case on it, as the API's read").isGreaterThan(0);
    }

    /** Sets a field's value as the browser's own picker would (date and time pickers differ by language). */
    static void setValue(Browser browser, By field, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.driver.findElement(field), value);
    }

    /** Sends the form of this field twice, as a double click or a resubmission would: the same form, the same key. */
    private static void sentTwice(Browser browser, WebElement field) {
        ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = arguments[0].form;
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual'})
                    .then(() => { form.submit(); done(); });""", field);
    }

    static WebDriverWait patiently(Browser browser) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }
}
