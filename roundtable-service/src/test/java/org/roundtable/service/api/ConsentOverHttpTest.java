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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Consent through the real API: an action relying on the school's information waits for the school's consent,
 * which only the school gives or refuses, once; a refused command writes nothing. Who reads which part of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsentOverHttpTest extends ApiTest {

    private static final String GRANT = "{\"decision\": \"GRANTED\"}";
    private static final String REFUSE = "{\"decision\": \"REFUSED\", \"reason\": \"Not before the school has spoken to the parents\"}";
    private static final String OUTCOME = "{\"outcome\": \"Sam joined the football project\"}";

    String cases;
    String schoolItem;
    String actionId;

    /** Police, school and youth work take part; youth work takes on an action relying on the school's item. */
    @BeforeEach
    void assignAnActionRelyingOnTheSchoolsInformation() {
        cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school", "youth-work")).status())
                .isEqualTo(204);
        schoolItem = api.post(cases + "/information", "sofie", "school", information("RED")).text("informationId");
        actionId = api.post(cases + "/actions", "chris", "city", action("youth-work", LocalDate.now().plusDays(7), schoolItem))
                .text("actionId");
    }

    @Test
    void an_action_waits_for_the_owners_consent_and_is_completed_once_it_is_granted() {
        assertThat(complete()).satisfies(refused -> {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("code")).isEqualTo("consent-pending");
        });

        assertThat(decide("sofie", "school", GRANT).status()).isEqualTo(204);

        assertThat(complete().status()).isEqualTo(204);
    }

    @Test
    void an_action_whose_consent_was_refused_is_never_completed() {
        assertThat(decide("sofie", "school", REFUSE).status()).isEqualTo(204);

        assertThat(complete().text("code")).isEqualTo("consent-refused");
    }

    @Test
    void the_chair_and_the_owner_read_a_refusal_and_its_reason_the_assignee_reads_only_that_consent_was_refused() {
        decide("sofie", "school", REFUSE);

        JsonNode chairs = api.get(cases + "/consents").json().path("owners").get(0);
        JsonNode owners = api.getAs(cases + "/consents", "sofie").json().path("owners").get(0);
        JsonNode assignees = api.getAs(cases + "/consents", "youssef").json().path("owners").get(0);

        for (JsonNode seen : List.of(chairs, owners)) {
            assertThat(seen.path("status").asString()).isEqualTo("REFUSED");
            assertThat(seen.path("informationId").asString()).isEqualTo(schoolItem);
            assertThat(seen.path("owner").asString()).isEqualTo("school");
            assertThat(seen.path("refusalReason").asString()).isEqualTo("Not before the school has spoken to the parents");
        }
        assertThat(assignees.path("actionId").asString()).isEqualTo(actionId);
        assertThat(assignees.path("assignee").asString()).isEqualTo("youth-work");
        assertThat(assignees.path("status").asString()).isEqualTo("REFUSED");
        assertThat(assignees.path("informationId").isNull()).as("a RED item of another partner").isTrue();
        assertThat(assignees.path("owner").isNull()).isTrue();
        assertThat(assignees.path("refusalReason").isNull()).isTrue();
    }

    @Test
    void a_pending_consent_reads_as_pending() {
        JsonNode pending = api.get(cases + "/consents").json().path("owners").get(0);

        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(pending.path("decidedAt").isNull()).isTrue();
    }

    @Test
    void a_partner_that_does_not_take_part_is_told_there_is_no_such_case() {
        Response hidden = api.getAs(cases + "/consents", "mila");
        Response unknown = api.get("/api/cases/" + UUID.randomUUID() + "/consents");

        for (Response notFound : List.of(hidden, unknown)) {
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.text("code")).isEqualTo("unknown-case");
        }
    }

    @Test
    void only_the_owner_decides_and_a_refused_decision_writes_nothing() {
        long before = events();

        Response refused = decide("youssef", "youth-work", GRANT);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("not-the-owner");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void consent_is_decided_once() {
        decide("sofie", "school", GRANT);

        Response again = decide("sofie", "school", REFUSE);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("consent-already-decided");
    }

    @Test
    void consent_that_was_never_asked_is_not_found() {
        String ownItem = api.post(cases + "/information", "youssef", "youth-work", information("GREEN")).text("informationId");

        Response unknown = api.post(cases + "/actions/" + actionId + "/consents/" + ownItem, "youssef", "youth-work", GRANT);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("unknown-consent");
    }

    @Test
    void a_refusal_without_a_reason_and_a_grant_with_one_are_refused_by_the_document_and_the_service() {
        Response noReason = api.refusedByTheDocument().post(cases + "/actions/" + actionId + "/consents/" + schoolItem,
                "sofie", "school", "{\"decision\": \"REFUSED\"}");
        Response grantWithReason = api.refusedByTheDocument().post(cases + "/actions/" + actionId + "/consents/" + schoolItem,
                "sofie", "school", "{\"decision\": \"GRANTED\", \"reason\": \"fine\"}");
        Response unknownDecision = api.refusedByTheDocument().post(cases + "/actions/" + actionId + "/consents/" + schoolItem,
                "sofie", "school", "{\"decision\": \"MAYBE\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).contains("reason");
        assertThat(grantWithReason.status()).isEqualTo(400);
        assertThat(unknownDecision.json().path("errors").findValuesAsString("field")).contains("decision");
        assertThat(complete().text("code")).isEqualTo("consent-pending");
    }

    private Response decide(String person, String partner, String body) {
        return api.post(cases + "/actions/" + actionId + "/consents/" + schoolItem, person, partner, body);
    }

    private Response complete() {
        return api.post(cases + "/actions/" + actionId + "/completion", "youssef", "youth-work", OUTCOME);
    }
}
