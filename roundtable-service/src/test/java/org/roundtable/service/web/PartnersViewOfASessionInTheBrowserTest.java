package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;

/**
 * In French, a partner's representative opens a closed session and sees its time, venue and attendance, and only
 * the items about the cases its partner takes part in, with their notes and the actions carried forward with their
 * reason: exactly what the API gives it. Its look
 * is recorded for the cases it saw, and for no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnersViewOfASessionInTheBrowserTest extends ApiTest {

    @Test
    void a_partner_sees_only_the_items_about_its_cases() {
        String ours = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        api.post("/api/cases/" + ours + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String oursNumber = api.get("/api/cases/" + ours).text("caseNumber");
        String theirs = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String theirsNumber = api.get("/api/cases/" + theirs).text("caseNumber");
        String action = api.post("/api/cases/" + ours + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(10))).text("actionId");
        Instant startsAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String session = api.post("/api/sessions", "chris", "city", """
                {"startsAt": "%s", "place": "Maison communale, salle 3"}""".formatted(startsAt)).text("sessionId");
        String path = "/api/sessions/" + session;
        String ourItem = api.post(path + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(ours)).text("itemId");
        String theirItem = api.post(path + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "SCREENING"}""".formatted(theirs)).text("itemId");
        api.post(path + "/agenda/items/" + ourItem + "/notes", "chris", "city", """
                {"note": "Le travail de rue reprend contact avec Sam."}""");
        api.post(path + "/agenda/items/" + theirItem + "/notes", "chris", "city", """
                {"note": "L'école signale des absences répétées."}""");
        api.post(path + "/attendance", "chris", "city", """
                {"partner": "youth-work", "attendance": "PRESENT", "representedBy": "youssef"}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(startsAt));
        assertThat(api.post(path + "/closure", "chris", "city", """
                {"carriedForward": [{"caseId": "%s", "actionId": "%s", "reason": "CIRCUMSTANCES_CHANGED"}]}"""
                .formatted(ours, action)).status()).isEqualTo(204);
        assertThat(api.getAs(path, "youssef").json().path("agenda")).as("what the API gives the partner").hasSize(1);

        long before = looks(ours);

        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "youssef");
                browser.follow(By.cssSelector("nav a[href='/sessions']"));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Séances");
                assertThat(browser.seriousViolations()).as("axe on the sessions, in French").isEmpty();
                browser.follow(By.cssSelector("a[href='/sessions/" + session + "']"));

                String page = browser.driver.findElement(By.id("main")).getText();
                assertThat(page).contains("Séance du", "Maison communale, salle 3", "Présent", "youssef",
                        oursNumber, "Le travail de rue reprend contact avec Sam.", "Reportées à l'ordre du jour suivant",
                        "youth-work : Talk with the parents", "Les circonstances ont changé");
                assertThat(page).doesNotContain(theirsNumber, "absences répétées");
                assertThat(browser.driver.findElements(By.cssSelector("#agenda tbody tr"))).hasSize(1);
                assertThat(browser.driver.findElements(By.cssSelector("main form[method=post]")))
                        .as("a partner changes nothing here").isEmpty();
                assertThat(browser.seriousViolations()).as("axe on a partner's view of a session").isEmpty();

                browser.follow(By.id("print-link"));
                String minutes = browser.driver.findElement(By.id("main")).getText();
                assertThat(minutes).contains("Diffusion restreinte", oursNumber, "Les circonstances ont changé")
                        .doesNotContain(theirsNumber, "absences répétées");
                assertThat(browser.seriousViolations()).as("axe on a partner's printable minutes").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-session-partner-fr");
                throw failure;
            }
        }
        assertThat(looks(ours) - before).as("each page's look (the session, then its minutes) is recorded for the case it showed").isEqualTo(2);
        assertThat(looks(theirs)).as("and for no other").isZero();
    }

    private long looks(String caseId) {
        return jdbc.sql("""
                        select count(*) from access_record where case_id = :caseId and person_id = 'youssef'
                        and look in ('SESSION', 'MINUTES') and outcome = 'SHOWN'""")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single();
    }
}
