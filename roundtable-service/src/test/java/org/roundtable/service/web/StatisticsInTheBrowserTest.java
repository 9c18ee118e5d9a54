package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/** A policy member reads the figures as charts, with a small count shown as hidden, never as a number. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsInTheBrowserTest extends ApiTest {

    @Test
    void a_policy_member_sees_small_counts_hidden_and_a_partner_may_not_see_the_figures() {
        api.post("/api/cases", "sofie", "school", concern());
        try (Browser browser = new Browser("nl")) {
            try {
                browser.logIn(port, "pieter");
                browser.follow(By.cssSelector("a[href='/statistics']"));

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cijfers van de ronde tafel");
                assertThat(browser.driver.findElements(By.cssSelector("section.chart svg"))).hasSize(7);
                String values = browser.driver.findElement(By.cssSelector("section.chart svg")).getText();
                assertThat(values).contains("<5").doesNotContain(" 1 ");
                assertThat(browser.seriousViolations()).as("axe on the figures").isEmpty();
                browser.screenshot("statistics-nl");
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-statistics-nl");
                throw failure;
            }
        }
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "anna");
            browser.driver.get("http://localhost:" + port + "/statistics");

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
    }
}
