package org.roundtable.service.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * A partner's representative logs in through the web page, in each language, and sees the cases they may see,
 * as the API would show them; every page passes axe-core with no serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FirstPagesInTheBrowserTest extends ApiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nl, Aanmelden, Dossiers", "fr, Se connecter, Dossiers", "en, Log in, Cases"})
    void a_representative_logs_in_and_sees_the_cases_of_their_partner(String language, String loginTitle,
                                                                     String casesTitle) {
        String number = api.post("/api/cases", "anna", "police", concern()).text("caseNumber");
        try (Browser browser = new Browser(language)) {
            try {
                browser.driver.get("http://localhost:" + port + "/cases");

                assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(loginTitle);
                assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
                assertThat(browser.seriousViolations()).as("axe on the login page").isEmpty();
                browser.screenshot("login-" + language);

                browser.submitLogin("anna");

                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(casesTitle);
                assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains(number);
                assertThat(browser.seriousViolations()).as("axe on the cases page").isEmpty();
                browser.screenshot("cases-" + language);
            } catch (AssertionError | RuntimeException failure) {
                browser.screenshot("failed-" + language);
                throw failure;
            }
        }
    }

    @Test
    void a_case_the_person_may_not_see_is_not_on_their_page() {
        String number = api.post("/api/cases", "sofie", "school", concern()).text("caseNumber");
        try (Browser browser = new Browser("en")) {
            browser.logIn(port, "mila");

            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain(number);
        }
    }
}
