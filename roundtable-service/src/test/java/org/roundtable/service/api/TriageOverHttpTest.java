package org.roundtable.service.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;

/**
 * Advice only and signposting through the real API: the partner that raised the concern reads the advice or the
 * feedback; the partner signposted to sees the concern; any other partner learns nothing; a wrong body writes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TriageOverHttpTest extends ApiTest {

    String cases;

    /** The school raises the concern. */
    @BeforeEach
    void raiseAConcern() {
        cases = "/api/cases/" + api.post("/api/cases", "sofie", "school", concern()).text("caseId");
    }

    @Test
    void advice_only_closes_the_concern_and_the_raiser_reads_the_advice() {
        assertThat(api.post(cases + "/screening", "chris", "city", """
                {"decision": "ADVISE_ONLY", "advice": "Talk with the parents first"}""").status()).isEqualTo(204);

        JsonNode seen = api.getAs(cases, "sofie").json();
        assertThat(seen.path("status").asString()).isEqualTo("ADVISED");
        assertThat(seen.path("access").asString()).isEqualTo("SCREENING_OUTCOME");
        assertThat(last(seen).path("note").asString()).isEqualTo("Talk with the parents first");
        assertThat(api.getAs(cases, "youssef").status()).isEqualTo(404);
    }

    @Test
    void signposting_shows_the_concern_to_that_partner_and_the_feedback_to_the_raiser() {
        assertThat(api.post(cases + "/screening", "chris", "city", """
                {"decision": "SIGNPOST", "partner": "youth-work", "feedback": "Youth work knows the family"}""")
                .status()).isEqualTo(204);

        JsonNode signposted = api.getAs(cases, "youssef").json();
        assertThat(signposted.path("status").asString()).isEqualTo("SIGNPOSTED");
        assertThat(signposted.path("access").asString()).isEqualTo("CASE_FILE");
        assertThat(signposted.path("summary").isNull()).isFalse();
        JsonNode raiser = api.getAs(cases, "sofie").json();
        assertThat(last(raiser).path("note").asString()).isEqualTo("Youth work knows the family");
        assertThat(last(raiser).path("referredTo").asString()).isEqualTo("youth-work");
        assertThat(api.getAs(cases, "anna").status()).isEqualTo(404);
        assertThat(api.getAs("/api/cases", "youssef").json().findValuesAsString("status")).contains("SIGNPOSTED");
    }

    @Test
    void a_signpost_without_feedback_or_to_an_unknown_partner_writes_nothing() {
        long before = events();
        assertThat(api.refusedByTheDocument().post(cases + "/screening", "chris", "city", """
                {"decision": "SIGNPOST", "partner": "youth-work"}""").status()).isEqualTo(400);
        assertThat(api.post(cases + "/screening", "chris", "city", """
                {"decision": "SIGNPOST", "partner": "no-such-partner", "feedback": "x"}""").status()).isEqualTo(409);
        assertThat(api.refusedByTheDocument().post(cases + "/screening", "chris", "city", """
                {"decision": "ADVISE_ONLY", "reason": "advice goes in advice"}""").status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    private static JsonNode last(JsonNode caseFile) {
        JsonNode history = caseFile.path("history");
        return history.get(history.size() - 1);
    }
}
