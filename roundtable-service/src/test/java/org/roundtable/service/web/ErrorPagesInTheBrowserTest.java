package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that is not there, or an address typed wrong, is an error page in the reader's language, never JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesInTheBrowserTest extends ApiTest {

    @Test
    void a_page_that_is_not_there_says_so_in_the_readers_language() {
        try (Browser browser = new Browser("nl")) {
            browser.logIn(port, "anna");
            for (String path : new String[] {"/no-such-page", "/cases/not-a-case-id"}) {
                browser.driver.get("http://localhost:" + port + path);

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).as(path).isEqualTo("Niet gevonden");
                assertThat(browser.driver.getPageSource()).as(path).doesNotContain("urn:roundtable:problem");
            }
            assertThat(browser.seriousViolations()).as("axe on the error page").isEmpty();
        }
    }

    @Test
    void a_form_sent_for_a_case_that_does_not_exist_answers_the_not_found_page() {
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "chris");
            browser.driver.get("http://localhost:" + port + "/cases/7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11/reopening");
            browser.driver.findElement(By.id("reason")).sendKeys("A new concern about the same young person");
            WebElement sent = browser.driver.findElement(By.cssSelector("main form button[type=submit]"));
            sent.click();
            browser.waitUntilGone(sent);

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.seriousViolations()).as("axe on the error page").isEmpty();
        }
    }

    @Test
    void the_api_keeps_its_problem_documents() {
        var answer = api.refusedByTheDocument().getAs("/api/cases/not-a-case-id", "anna");

        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
