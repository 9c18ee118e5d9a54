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

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * The chair handles an action from the case page, in French: sees its status, its progress and that it is overdue
 * in words, hands it to another partner taking part, and moves its due date, told in words next to the field that
 * a day in the past is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChairHandlingAnActionInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_reassigns_an_action_and_moves_its_due_date_but_not_into_the_past() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        String action = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now())).text("actionId");
        api.post("/api/cases/" + caseId + "/actions/" + action + "/progress", "youssef", "youth-work",
                "{\"note\": \"Premier contact avec la famille.\"}");
        String steps = "/cases/" + caseId + "/actions/" + action;
        try (Browser browser = new Browser("fr")) {
            try {
                browser.logIn(port, "chris");
                browser.driver.get("http://localhost:" + port + "/cases/" + caseId);
                String row = actionRow(browser);
                assertThat(row).contains("À faire", "Premier contact avec la famille.");
                assertThat(browser.seriousViolations()).as("axe on the case page").isEmpty();

                browser.follow(By.cssSelector("a[href='" + steps + "/reassignment']"));
                assertThat(browser.seriousViolations()).as("axe on reassigning").isEmpty();
                new Select(browser.driver.findElement(By.id("assignee"))).selectByValue("police");
                browser.driver.findElement(By.id("text")).sendKeys("La police connaît déjà la famille.");
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));
                assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText())
                        .isEqualTo("L'action est confiée à un autre partenaire.");
                assertThat(actionRow(browser)).contains("police");

                browser.follow(By.cssSelector("a[href='" + steps + "/due-date']"));
                WebElement due = browser.driver.findElement(By.id("dueDate"));
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", due,
                        LocalDate.now().minusDays(3).toString());
                browser.driver.findElement(By.id("text")).sendKeys("La famille est en vacances.");
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
                assertThat(browser.driver.findElement(By.id("dueDate-problem")).getText())
                        .isEqualTo("L'échéance ne peut pas être dans le passé : choisissez aujourd'hui ou un jour ultérieur.");
                assertThat(browser.seriousViolations()).as("axe on a due date refused").isEmpty();

                due = browser.driver.findElement(By.id("dueDate"));
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", due,
                        LocalDate.now().plusDays(10).toString());
                submit(browser);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/cases/" + caseId + "$"));
                assertThat(browser.driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("L'échéance est déplacée.");

                String file = api.getAs("/api/cases/" + caseId, "chris").body();
                assertThat(file).contains("\"assignee\":\"police\"", LocalDate.now().plusDays(10).toString());
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-chair-action-fr");
                throw failure;
            }
        }
    }

    private static String actionRow(Browser browser) {
        return browser.driver.findElement(By.xpath("//tr[td[contains(@class, 'next-steps')]]")).getText();
    }

    private static void submit(Browser browser) {
        browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }
}
