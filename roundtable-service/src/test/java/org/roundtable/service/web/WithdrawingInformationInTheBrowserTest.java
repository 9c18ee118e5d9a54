package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * A partner withdraws its own information from the case page, in French: told first what withdrawing means,
 * then shown that it is withdrawn. Only the owner is offered it; a form sent twice withdraws once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WithdrawingInformationInTheBrowserTest extends ApiTest {

    @Test
    void the_police_withdraw_their_information_and_see_it_withdrawn() {
        String caseId = openCase();
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        String casePage = "/cases/" + caseId;
        String withdrawal = casePage + "/information/" + item + "/withdrawal";
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "anna");
                browser.driver.get("http://localhost:" + port + casePage);
                browser.follow(By.cssSelector("a[href='" + withdrawal + "']"));
                assertThat(browser.driver.findElement(By.tagName("blockquote")).getText())
                        .contains("Was seen at a meeting of a group known to recruit");
                assertThat(browser.driver.findElement(By.cssSelector("main ul")).getText())
                        .contains("n'est plus montré à personne dans le dossier",
                                "La piste d'audit garde la trace que votre organisation l'a partagée");
                assertThat(browser.seriousViolations()).as("axe on the withdrawal page").isEmpty();
                browser.screenshot("withdraw-fr");

                browser.driver.findElement(By.id("reason")).sendKeys("L'information s'est révélée inexacte.");
                browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(casePage + "$"));

                assertThat(browser.driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                        .isEqualTo("Votre information a été retirée : elle n'est plus montrée dans le dossier.");
                assertThat(browser.driver.findElement(By.cssSelector("main")).getText())
                        .doesNotContain("Was seen at a meeting of a group known to recruit")
                        .contains("Aucune information que vous pouvez voir.");
                assertThat(browser.driver.findElements(By.cssSelector("a[href='" + withdrawal + "']"))).isEmpty();
                assertThat(browser.seriousViolations()).as("axe on the case page after the withdrawal").isEmpty();
                assertThat(api.getAs("/api/cases/" + caseId + "/audit", "chris").body())
                        .contains("Information shared by police", "Information withdrawn by police");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-withdraw-fr");
                throw failure;
            }
        }
    }

    @Test
    void a_withdrawal_sent_twice_withdraws_once() {
        String caseId = openCase();
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN")).text("informationId");
        try (Browser browser = new Browser("fr")) {
            browser.logIn(port, "anna");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId + "/information/" + item + "/withdrawal");

            Object statuses = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('main form');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))});
                    send().then(first => send().then(second => done([first.status, second.status])))
                          .catch(failure => done(String(failure)));""");

            assertThat(statuses.toString()).isEqualTo("[200, 200]");
            assertThat(jdbc.sql("""
                            select count(*) from domain_event_entry
                            where aggregate_identifier = :id and payload_type like '%.InformationWithdrawn'""")
                    .param("id", caseId).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void only_the_owner_is_offered_to_withdraw_and_another_partner_is_refused() {
        String caseId = openCase();
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN")).text("informationId");
        String withdrawal = "/cases/" + caseId + "/information/" + item + "/withdrawal";
        try (Browser browser = new Browser("fr")) {
            browser.logIn(port, "youssef");
            browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
            assertThat(browser.driver.findElement(By.cssSelector("ul.items")).getText()).contains("Was seen at a meeting");
            assertThat(browser.driver.findElements(By.cssSelector("a[href='" + withdrawal + "']"))).isEmpty();

            browser.driver.get("http://localhost:" + port + withdrawal);

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Non autorisé");
            assertThat(browser.driver.findElements(By.tagName("blockquote"))).isEmpty();
        }
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        return caseId;
    }
}
