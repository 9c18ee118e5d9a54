package org.roundtable.service.access;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/** The chair sees, per partner, what it gave (items shared), what it took (looks, items read) and what it did. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReciprocityTest extends ApiTest {

    @Test
    void each_partner_is_credited_with_what_it_shared_read_took_on_and_completed() {
        Map<String, Long> before = report();
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work")), 204);
        String item = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("AMBER")).text("informationId");
        expect(api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN")), 201);
        expect(api.getAs("/api/cases/" + caseId, "youssef"), 200);
        expect(api.getAs("/api/cases/" + caseId, "youssef"), 200);
        String action = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(7), item)).text("actionId");
        expect(api.post("/api/cases/" + caseId + "/actions/" + action + "/consents/" + item, "anna", "police",
                "{\"decision\": \"GRANTED\"}"), 204);
        expect(api.post("/api/cases/" + caseId + "/actions/" + action + "/completion", "youssef", "youth-work",
                "{\"outcome\": \"Talked with the parents\"}"), 204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Long> after = report();
            assertThat(after.get("police itemsShared") - before.get("police itemsShared")).isEqualTo(2);
            assertThat(after.get("youth-work looks") - before.get("youth-work looks")).isEqualTo(2);
            assertThat(after.get("youth-work itemsRead") - before.get("youth-work itemsRead")).isEqualTo(2);
            assertThat(after.get("youth-work actionsTakenOn") - before.get("youth-work actionsTakenOn")).isEqualTo(1);
            assertThat(after.get("youth-work actionsCompleted") - before.get("youth-work actionsCompleted")).isEqualTo(1);
            assertThat(after.get("youth-work itemsShared") - before.get("youth-work itemsShared")).isZero();
        });
    }

    @Test
    void the_chairs_read_is_recorded_in_the_access_log() {
        long before = looks();

        expect(api.getAs("/api/reports/reciprocity", "chris"), 200);

        assertThat(looks()).isEqualTo(before + 1);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        Response refused = api.getAs("/api/reports/reciprocity?from=2026-05-01&to=2026-04-30", "chris");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("invalid-input");
    }

    @Test
    void only_the_chair_sees_it() {
        for (String person : new String[] {"anna", "rita", "pieter", "ada"}) {
            Response refused = api.getAs("/api/reports/reciprocity", person);
            assertThat(refused.status()).as(person).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("not-the-chair");
        }
    }

    /** Each partner's figures for the last year, as "partner figure". */
    private Map<String, Long> report() {
        Response answer = api.getAs("/api/reports/reciprocity", "chris");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, Long> figures = new HashMap<>();
        for (JsonNode line : answer.json().path("partners")) {
            for (String figure : new String[] {"itemsShared", "looks", "itemsRead", "actionsTakenOn", "actionsCompleted"}) {
                figures.put(line.path("partner").asString() + " " + figure, line.path(figure).asLong());
            }
        }
        return figures;
    }

    /** The chair's recorded looks at the reciprocity report. */
    private long looks() {
        return jdbc.sql("select count(*) from access_record where look = 'RECIPROCITY' and person_id = 'chris' and outcome = 'SHOWN'")
                .query(Long.class).single();
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
