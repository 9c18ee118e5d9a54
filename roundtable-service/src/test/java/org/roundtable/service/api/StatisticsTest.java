package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Policy statistics through the HTTP API, on a database of their own (they count every case in it): a policy
 * member reads how many concerns were raised and how they were screened, with counts below five hidden and the
 * counts that would give them away hidden too; nobody but policy members and the chair reads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url="
        + "jdbc:h2:mem:statistics-${random.uuid};DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
class StatisticsTest extends ApiTest {

    private static final String REFER = """
            {"decision": "REFER", "referredTo": "truancy team", "reason": "out of scope"}""";
    private static final String DISMISS = """
            {"decision": "DISMISS", "reason": "no concern after all"}""";

    @Test
    void a_policy_member_reads_the_months_figures_with_small_counts_hidden() {
        YearMonth month = thisMonth();
        List<String> radicalisation = raise(7, "RADICALISATION");
        List<String> extremism = raise(6, "VIOLENT_EXTREMISM");
        raise(1, "FOREIGN_FIGHTER");
        radicalisation.subList(0, 5).forEach(caseId -> screen(caseId, openCase("police")));
        screen(radicalisation.get(5), REFER);
        extremism.forEach(caseId -> screen(caseId, DISMISS));
        radicalisation.subList(0, 2).forEach(caseId -> assertThat(api.post("/api/cases/" + caseId + "/closure",
                "chris", "city", "{\"reason\": \"RISK_REDUCED\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}").status()).isEqualTo(204));
        assumeTrue(thisMonth().equals(month), "the month turned while the story was told");
        String path = "/api/statistics?from=" + month + "&to=" + month;

        // The statistics lag behind the commands: wait for them to show the story.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Response answer = api.getAs(path, "pieter");
            assertThat(answer.status()).isEqualTo(200);
            JsonNode statistics = answer.json();
            assertThat(statistics.path("from").asString()).isEqualTo(month.toString());
            assertThat(statistics.path("to").asString()).isEqualTo(month.toString());
            // Radicalisation, violent extremism, foreign fighters, polarisation, other | the month's total.
            assertThat(lines(statistics.path("concernsRaised"))).containsExactly(
                    month + ": 7 6 <5 <5 <5 | 14",
                    "total: 7 6 <5 <5 <5 | 14");
            // A zero can only hide by rising, with something else: a count of exactly five cannot fall, so the
            // month's total and the grand total are hidden as well.
            assertThat(lines(statistics.path("casesOpened"))).containsExactly(
                    month + ": 5 <5 <5 <5 <5 | --",
                    "total: 5 <5 <5 <5 <5 | --");
            assertThat(lines(statistics.path("concernsReferred"))).containsExactly(
                    month + ": <5 <5 <5 <5 <5 | <5",
                    "total: <5 <5 <5 <5 <5 | <5");
            // Six can fall to five, so the zeros hide behind the six and its column's total.
            assertThat(lines(statistics.path("concernsDismissed"))).containsExactly(
                    month + ": <5 -- <5 <5 <5 | 6",
                    "total: <5 -- <5 <5 <5 | 6");
            assertThat(lines(statistics.path("casesClosed"))).containsExactly(
                    month + ": <5 <5 <5 <5 <5 | <5",
                    "total: <5 <5 <5 <5 <5 | <5");
        });
    }

    @Test
    void without_months_asked_for_the_statistics_cover_the_current_month_and_the_eleven_before_it() {
        YearMonth month = thisMonth();

        JsonNode statistics = api.getAs("/api/statistics", "pieter").json();

        assumeTrue(thisMonth().equals(month), "the month turned while the statistics were read");
        assertThat(statistics.path("to").asString()).isEqualTo(month.toString());
        assertThat(statistics.path("from").asString()).isEqualTo(month.minusMonths(11).toString());
        JsonNode months = statistics.path("casesClosed").path("months");
        assertThat(months.size()).isEqualTo(12);
        assertThat(months.get(11).path("month").asString()).isEqualTo(month.toString());
        assertThat(months.get(0).path("categories").findValuesAsString("category")).containsExactly(
                "RADICALISATION", "VIOLENT_EXTREMISM", "FOREIGN_FIGHTER", "POLARISATION", "OTHER");
    }

    @Test
    void the_chair_reads_the_statistics_too() {
        assertThat(api.getAs("/api/statistics?from=2026-01&to=2026-12", "chris").status()).isEqualTo(200);
    }

    @Test
    void partner_representatives_compliance_reviewers_and_administrators_do_not() {
        for (String person : List.of("anna", "rita", "ada")) {
            Response refused = api.getAs("/api/statistics", person);

            assertThat(refused.status()).as(person).isEqualTo(403);
            assertThat(refused.text("code")).as(person).isEqualTo("not-a-policy-member");
        }
    }

    @Test
    void without_a_token_nothing_is_read() {
        Response refused = api.getAnonymously("/api/statistics");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("unauthenticated");
    }

    @Test
    void months_out_of_order_over_three_years_or_malformed_are_invalid_input() {
        assertInvalid("/api/statistics?from=2026-04&to=2026-03", "from");
        assertInvalid("/api/statistics?from=2023-12&to=2026-12", "to");
        assertInvalid("/api/statistics?from=2026-13", "from");
        assertThat(api.getAs("/api/statistics?from=2024-01&to=2026-12", "pieter").status()).isEqualTo(200);
    }

    private void assertInvalid(String path, String field) {
        Response refused = api.getAs(path, "pieter");

        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.text("code")).as(path).isEqualTo("invalid-input");
        assertThat(refused.json().path("errors").findValuesAsString("field")).as(path).containsExactly(field);
    }

    private List<String> raise(int concerns, String category) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < concerns; i++) {
            Response raised = api.post("/api/cases", "anna", "police", concern().replace("RADICALISATION", category));
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
            cases.add(raised.text("caseId"));
        }
        return cases;
    }

    private void screen(String caseId, String decision) {
        assertThat(api.post("/api/cases/" + caseId + "/screening", "chris", "city", decision).status()).isEqualTo(204);
    }

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneOffset.UTC);
    }

    /** A table as it is shown: a line per month and one of totals, "<5" below five, "--" hidden as complementary. */
    private static List<String> lines(JsonNode table) {
        List<String> lines = new ArrayList<>();
        table.path("months").forEach(month -> lines.add(month.path("month").asString() + ": "
                + line(month.path("categories"), month.path("total"))));
        lines.add("total: " + line(table.path("categoryTotals"), table.path("total")));
        return lines;
    }

    private static String line(JsonNode categories, JsonNode total) {
        List<String> cells = new ArrayList<>();
        categories.forEach(cell -> cells.add(text(cell)));
        return String.join(" ", cells) + " | " + text(total);
    }

    private static String text(JsonNode figure) {
        String suppression = figure.path("suppression").isNull() ? null : figure.path("suppression").asString();
        if (suppression == null) {
            assertThat(figure.path("value").isInt()).as(figure.toString()).isTrue();
            return String.valueOf(figure.path("value").asInt());
        }
        assertThat(figure.path("value").isNull()).as(figure.toString()).isTrue();
        return suppression.equals("BELOW_FIVE") ? "<5" : suppression.equals("COMPLEMENTARY") ? "--" : suppression;
    }
}
