package org.roundtable.service.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * The subject's consent and informing through the real API: recorded by the chair or a participating partner,
 * dated today or before, in a case that was opened; a refused record writes nothing. Everyone who sees the
 * case file reads it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubjectConsentOverHttpTest extends ApiTest {

    String cases;

    /** Police and school take part; youth work does not. */
    @BeforeEach
    void openACase() {
        cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school")).status()).isEqualTo(204);
    }

    @Test
    void the_chair_and_a_participating_partner_record_consent_and_informing() {
        assertThat(api.post(cases + "/subject/consent", "chris", "city", consent("GIVEN", "PARENT", LocalDate.now()))
                .status()).isEqualTo(204);
        assertThat(api.post(cases + "/subject/consent", "sofie", "school", consent("WITHDRAWN", "SUBJECT", LocalDate.now()))
                .status()).isEqualTo(204);
        assertThat(api.post(cases + "/subject/informing", "anna", "police", """
                {"outcome": "NOT_INFORMED", "reason": "RISK_TO_OTHERS"}""").status()).isEqualTo(204);
        assertThat(api.post(cases + "/subject/informing", "chris", "city", """
                {"outcome": "INFORMED", "on": "%s"}""".formatted(LocalDate.now().minusDays(3))).status()).isEqualTo(204);
    }

    @Test
    void what_was_recorded_about_the_subject_is_read_back_by_everyone_who_sees_the_case_file() {
        LocalDate today = LocalDate.now();
        api.post(cases + "/subject/consent", "chris", "city", consent("GIVEN", "PARENT", today.minusDays(4)));
        api.post(cases + "/subject/informing", "anna", "police", """
                {"outcome": "NOT_INFORMED", "reason": "ONGOING_INVESTIGATION", "note": "Not before the hearing"}""");
        api.post(cases + "/subject/informing", "sofie", "school", """
                {"outcome": "INFORMED", "on": "%s"}""".formatted(today));

        for (String reader : List.of("chris", "anna", "sofie", "rita")) {
            JsonNode consents = api.getAs(cases + "/consents?purpose=A%20data-subject%20request", reader).json();
            assertThat(consents.path("subjectConsent")).hasSize(1);
            JsonNode consent = consents.path("subjectConsent").get(0);
            assertThat(consent.path("decision").asString()).isEqualTo("GIVEN");
            assertThat(consent.path("by").asString()).isEqualTo("PARENT");
            assertThat(consent.path("on").asString()).isEqualTo(today.minusDays(4).toString());
            assertThat(consent.path("recordedBy").asString()).isEqualTo("city");
            JsonNode notInformed = consents.path("subjectInforming").get(0);
            assertThat(notInformed.path("informed").asBoolean()).isFalse();
            assertThat(notInformed.path("reason").asString()).isEqualTo("ONGOING_INVESTIGATION");
            assertThat(notInformed.path("note").asString()).isEqualTo("Not before the hearing");
            JsonNode informed = consents.path("subjectInforming").get(1);
            assertThat(informed.path("informed").asBoolean()).isTrue();
            assertThat(informed.path("on").asString()).isEqualTo(today.toString());
            assertThat(informed.path("recordedBy").asString()).isEqualTo("school");
        }
        assertThat(api.getAs(cases + "/consents", "youssef").status()).isEqualTo(404);
    }

    @Test
    void a_partner_outside_the_case_records_nothing_learns_nothing_and_writes_nothing() {
        long before = events();

        Response refused = api.post(cases + "/subject/consent", "youssef", "youth-work",
                consent("GIVEN", "SUBJECT", LocalDate.now()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("unknown-case");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_date_in_the_future_is_invalid_input_naming_the_date() {
        Response refused = api.beyondTheDocument().post(cases + "/subject/consent", "sofie", "school",
                consent("REFUSED", "GUARDIAN", LocalDate.now().plusDays(2)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("on");
    }

    @Test
    void bodies_of_the_wrong_shape_are_refused_by_the_document_and_the_service() {
        String[] bodies = {
                "{\"outcome\": \"INFORMED\"}",
                "{\"outcome\": \"NOT_INFORMED\", \"on\": \"2026-01-05\"}",
                "{\"outcome\": \"INFORMED\", \"on\": \"2026-01-05\", \"reason\": \"OTHER\"}",
                "{\"outcome\": \"NOT_INFORMED\", \"reason\": \"BECAUSE\"}",
                "{\"on\": \"2026-01-05\"}"};
        for (String body : bodies) {
            Response refused = api.refusedByTheDocument().post(cases + "/subject/informing", "chris", "city", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.text("code")).as(body).isEqualTo("invalid-input");
        }
        assertThat(api.refusedByTheDocument().post(cases + "/subject/consent", "chris", "city",
                "{\"decision\": \"GIVEN\", \"by\": \"NEIGHBOUR\", \"on\": \"2026-01-05\"}").status()).isEqualTo(400);
    }

    private static String consent(String decision, String by, LocalDate on) {
        return "{\"decision\": \"%s\", \"by\": \"%s\", \"on\": \"%s\"}".formatted(decision, by, on);
    }
}
