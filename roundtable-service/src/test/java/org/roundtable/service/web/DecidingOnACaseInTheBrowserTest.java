package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * The chair's decisions on a case, in Dutch: assigning an action that relies on the police's information (a due
 * date in the past refused in words next to it), closing the case (a missing reason refused the same way), and
 * reopening it. A form sent twice writes once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecidingOnACaseInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_assigns_an_action_relying_on_police_information_then_closes_and_reopens_the_case() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        String casePage = "/cases/" + caseId;
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + casePage);
                browser.follow(By.cssSelector("a[href='" + casePage + "/actions/new']"));
                assertThat(browser.driver.findElement(By.id("reliesOn-hint")).getText())
                        .contains("vraagt de toestemming van die partner");
                new Select(browser.driver.findElement(By.id("assignee"))).selectByValue("youth-work");
                browser.driver.findElement(By.id("description")).sendKeys("Praat met de ouders over de voetbalclub.");
                date(browser, "dueDate", LocalDate.now().minusDays(1));
                browser.driver.findElement(By.id("item-" + item)).click();
                submit(browser);
                assertThat(problemAt(browser, "dueDate")).isEqualTo("De einddatum kan niet in het verleden liggen: kies vandaag of een latere dag.");
                assertThat(browser.driver.findElement(By.id("item-" + item)).isSelected()).as("kept ticked").isTrue();
                assertThat(browser.seriousViolations()).as("axe on the action form with a problem").isEmpty();

                date(browser, "dueDate", LocalDate.now().plusDays(14));
                submit(browser);
                waitFor(browser, casePage + "$");
                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                        .startsWith("De actie is toegewezen.");
                assertThat(browser.driver.findElement(By.cssSelector("main table")).getText())
                        .contains("youth-work", "Praat met de ouders over de voetbalclub.");
                assertThat(api.getAs("/api/cases/" + caseId + "/consents", "chris").body()).contains("\"PENDING\"");
                assertThat(browser.seriousViolations()).as("axe on the case page with the chair's decisions").isEmpty();

                browser.follow(By.cssSelector("a[href='" + casePage + "/closure']"));
                assertThat(browser.driver.findElement(By.cssSelector("main p.notice")).getText()).startsWith("Wat er nu gebeurt:");
                browser.driver.findElement(By.id("note")).sendKeys("Het gaat goed op school.");
                submit(browser);
                assertThat(problemAt(browser, "reason")).isEqualTo("Kies waarom het dossier wordt afgesloten.");
                assertThat(browser.seriousViolations()).as("axe on the closing form with a problem").isEmpty();
                browser.driver.findElement(By.id("reason-RISK_REDUCED")).click();
                browser.driver.findElement(By.id("outcome")).sendKeys("Sam gaat weer elke dag naar school.");
                browser.driver.findElement(By.id("exitCriteria-MET")).click();
                submit(browser);
                waitFor(browser, casePage + "$");
                assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("Afgesloten");
                assertThat(browser.driver.findElement(By.cssSelector("ol.timeline")).getText()).contains("Het gaat goed op school.");

                browser.follow(By.cssSelector("a[href='" + casePage + "/reopening']"));
                submit(browser);
                assertThat(problemAt(browser, "reason")).isEqualTo("Zeg waarom het dossier heropend wordt (hoogstens 4000 tekens).");
                assertThat(browser.seriousViolations()).as("axe on the reopening form with a problem").isEmpty();
                browser.driver.findElement(By.id("reason")).sendKeys("Nieuwe zorg van de school.");
                submit(browser);
                waitFor(browser, casePage + "$");
                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("Het dossier is weer open.");
                assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("Open");
                browser.screenshot("case-decisions-nl");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-case-decisions-nl");
                throw failure;
            }
        }
    }

    @Test
    void an_action_form_sent_twice_assigns_one_action() {
        String caseId = openCase();
        try (Browser browser = new Browser("nl")) {
            browser.logIn(port, "chris");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/actions/new");
            new Select(browser.driver.findElement(By.id("assignee"))).selectByValue("youth-work");
            browser.driver.findElement(By.id("description")).sendKeys("Een gesprek met de jongere.");
            date(browser, "dueDate", LocalDate.now().plusDays(7));

            sendTwice(browser);

            assertThat(events(caseId, "ActionAssigned")).isEqualTo(1);
        }
    }

    @Test
    void a_closing_form_sent_again_after_the_case_was_reopened_does_not_close_it_again() {
        String caseId = openCase();
        try (Browser browser = new Browser("nl")) {
            browser.logIn(port, "chris");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/closure");
            browser.driver.findElement(By.id("reason-MOVED_AWAY")).click();
            browser.driver.findElement(By.id("outcome")).sendKeys("Het gezin is verhuisd.");
            browser.driver.findElement(By.id("exitCriteria-NOT_MET")).click();
            sendTwice(browser);
            api.post("/api/cases/" + caseId + "/reopening", "chris", "city", "{\"reason\": \"Back in the city\"}");

            sendTwice(browser); // the same form, from the browser's history

            assertThat(events(caseId, "CaseClosed")).isEqualTo(1);
            assertThat(api.getAs("/api/cases/" + caseId, "chris").text("status")).isEqualTo("OPEN");
        }
    }

    @Test
    void the_action_form_shows_the_case_information_and_is_recorded_as_a_look_at_the_case() {
        String caseId = openCase();
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        try (Browser browser = new Browser("nl")) {
            browser.logIn(port, "chris");

            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/actions/new");

            assertThat(browser.driver.findElement(By.cssSelector("label[for='item-" + item + "']")).getText())
                    .contains("Was seen at a meeting of a group known to recruit");
            assertThat(jdbc.sql("""
                            select count(*) from access_record r join access_record_item i on i.record_id = r.record_id
                            where r.case_id = :caseId and r.person_id = 'chris' and r.look = 'CASE_FILE'
                              and r.outcome = 'SHOWN' and i.information_id = :item""")
                    .param("caseId", UUID.fromString(caseId)).param("item", UUID.fromString(item))
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        return caseId;
    }

    /** How many events of a type the case has. */
    private long events(String caseId, String type) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = :id and payload_type like :type")
                .param("id", caseId).param("type", "%." + type).query(Long.class).single();
    }

    /** Sends the page's form twice as it stands, one after the other, as a double click or a resubmission would. */
    private static void sendTwice(Browser browser) {
        Object statuses = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form');
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))});
                send().then(first => send().then(second => done([first.status, second.status])))
                      .catch(failure => done(String(failure)));""");
        assertThat(statuses.toString()).isEqualTo("[200, 200]");
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

    /** The problem shown next to a field. */
    private static String problemAt(Browser browser, String field) {
        return browser.driver.findElement(By.id(field + "-problem")).getText();
    }

    private static void waitFor(Browser browser, String url) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(url));
    }
}
