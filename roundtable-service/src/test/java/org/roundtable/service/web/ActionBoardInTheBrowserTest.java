package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * The chair's action board, in English: the actions still in play across cases, narrowed by partner, case, status
 * and overdue with a plain GET form, each case whose actions it shows recorded in the access log as the API's
 * list of actions is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActionBoardInTheBrowserTest extends ApiTest {

    @Test
    void the_chair_narrows_the_board_by_partner_case_status_and_overdue_and_each_look_is_recorded() {
        String first = openCase();
        String second = openCase();
        String late = assign(first, "youth-work", "Visit the family at home");
        assign(first, "police", "Check the earlier reports");
        assign(second, "youth-work", "Invite Sam to the football project");
        String done = assign(second, "police", "Talk with the neighbourhood officer");
        api.post("/api/cases/" + second + "/actions/" + done + "/completion", "anna", "police", "{\"outcome\": \"Talked.\"}");
        // As the action's deadline records it when its due date has passed.
        jdbc.sql("update case_detail_action set overdue = true where action_id = ?").param(UUID.fromString(late)).update();

        long before;
        try (Browser browser = new Browser("en")) {
            try {
                browser.logIn(port, "chris");
                before = looksAt(second);
                browser.follow(By.cssSelector("nav a[href='/actions/board']"));
                assertThat(board(browser)).contains("Visit the family at home", "Check the earlier reports",
                        "Invite Sam to the football project").doesNotContain("Talk with the neighbourhood officer");
                assertThat(browser.seriousViolations()).as("axe on the action board").isEmpty();

                choose(browser, "partner", "youth-work");
                choose(browser, "overdue", "yes");
                show(browser);
                assertThat(board(browser)).contains("Visit the family at home", "overdue")
                        .doesNotContain("Invite Sam to the football project", "Check the earlier reports");
                assertThat(browser.driver.getCurrentUrl()).contains("partner=youth-work", "overdue=yes");

                choose(browser, "partner", "");
                choose(browser, "overdue", "");
                choose(browser, "caseId", second);
                choose(browser, "status", "COMPLETED");
                show(browser);
                assertThat(board(browser)).contains("Talk with the neighbourhood officer", "Done")
                        .doesNotContain("Visit the family at home", "Invite Sam to the football project");
                assertThat(browser.seriousViolations()).as("axe on the board narrowed").isEmpty();
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-action-board-en");
                throw failure;
            }
        }
        assertThat(looksAt(second)).as("the board's looks at the second case: the first view and the narrowed one")
                .isEqualTo(before + 2);
    }

    private long looksAt(String caseId) {
        return jdbc.sql("select count(*) from access_record where person_id = 'chris' and case_id = ? and look = 'ACTIONS'")
                .param(UUID.fromString(caseId)).query(Long.class).single();
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work"));
        return caseId;
    }

    private String assign(String caseId, String partner, String what) {
        return api.post("/api/cases/" + caseId + "/actions", "chris", "city", """
                {"assignee": "%s", "description": "%s", "dueDate": "%s", "reliesOn": []}"""
                .formatted(partner, what, LocalDate.now().plusDays(5))).text("actionId");
    }

    private static void choose(Browser browser, String filter, String value) {
        new Select(browser.driver.findElement(By.id(filter))).selectByValue(value);
    }

    private static void show(Browser browser) {
        WebElement table = browser.driver.findElement(By.cssSelector("main"));
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUntilGone(table);
    }

    private static String board(Browser browser) {
        List<WebElement> tables = browser.driver.findElements(By.cssSelector("main table"));
        return tables.isEmpty() ? "" : tables.get(0).getText();
    }
}
