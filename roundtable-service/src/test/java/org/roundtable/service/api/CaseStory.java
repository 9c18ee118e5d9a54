package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * The walking skeleton's story, told through the real HTTP API against a real database: raise a concern,
 * screen it, share and withdraw information, assign an action relying on another partner's information, which
 * waits for that owner's consent, complete it, record the subject's consent, close and reopen the case,
 * then read the case list, the case and its audit trail. Each database gets a subclass.
 */
abstract class CaseStory extends ApiTest {

    @Test
    void the_whole_life_of_a_case_shows_in_its_views_and_its_audit_trail() {
        Response raised = api.post("/api/cases", "anna", "police", concern());
        assertThat(raised.status()).isEqualTo(201);
        String caseId = raised.text("caseId");
        assertThat(raised.location()).isEqualTo("/api/cases/" + caseId);
        assertThat(raised.text("caseNumber")).matches("\\d{4}-\\d{4}");
        String cases = "/api/cases/" + caseId;

        assertThat(summaryOf(caseId).path("status").asString()).isEqualTo("RAISED");

        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school", "youth-work")).status())
                .isEqualTo(204);
        Response schoolInfo = api.post(cases + "/information", "sofie", "school", information("AMBER"));
        assertThat(schoolInfo.status()).isEqualTo(201);
        String schoolInfoId = schoolInfo.text("informationId");
        String policeInfoId = api.post(cases + "/information", "anna", "police", information("RED")).text("informationId");
        assertThat(api.post(cases + "/information/" + policeInfoId + "/withdrawal", "anna", "police",
                "{\"reason\": \"shared in error\"}").status()).isEqualTo(204);

        Response assigned = api.post(cases + "/actions", "chris", "city",
                action("youth-work", LocalDate.now().plusDays(7), schoolInfoId));
        assertThat(assigned.status()).isEqualTo(201);
        String actionId = assigned.text("actionId");
        assertThat(summaryOf(caseId).path("openActionCount").asInt()).isEqualTo(1);

        String completion = "{\"outcome\": \"Parents were receptive; follow-up planned\"}";
        assertThat(api.post(cases + "/actions/" + actionId + "/completion", "youssef", "youth-work", completion)
                .text("code")).isEqualTo("consent-pending");
        assertThat(api.post(cases + "/actions/" + actionId + "/consents/" + schoolInfoId, "sofie", "school",
                "{\"decision\": \"GRANTED\"}").status()).isEqualTo(204);
        assertThat(api.post(cases + "/actions/" + actionId + "/completion", "youssef", "youth-work", completion)
                .status()).isEqualTo(204);
        assertThat(api.post(cases + "/subject/consent", "anna", "police",
                "{\"decision\": \"GIVEN\", \"by\": \"PARENT\", \"on\": \"" + LocalDate.now() + "\"}").status())
                .isEqualTo(204);
        JsonNode consents = api.getAs(cases + "/consents", "youssef").json();
        assertThat(texts(consents.path("owners"), "status")).containsExactly("GRANTED");
        assertThat(consents.path("owners").get(0).path("owner").isNull()).as("the school's source is protected").isTrue();
        assertThat(texts(consents.path("subjectConsent"), "by")).containsExactly("PARENT");
        assertThat(summaryOf(caseId).path("openActionCount").asInt()).isZero();

        assertThat(api.post(cases + "/closure", "chris", "city", "{\"reason\": \"RISK_REDUCED\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}").status()).isEqualTo(204);
        JsonNode closed = summaryOf(caseId);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("closedAt").isNull()).isFalse();

        assertThat(api.post(cases + "/reopening", "chris", "city", "{\"reason\": \"A new concern from the school\"}")
                .status()).isEqualTo(204);

        JsonNode detail = api.get(cases).json();
        assertThat(detail.path("status").asString()).isEqualTo("OPEN");
        assertThat(detail.path("caseNumber").asString()).isEqualTo(raised.text("caseNumber"));
        assertThat(detail.path("subject").path("familyName").asString()).isEqualTo("Peeters");
        assertThat(detail.path("lead").asString()).isEqualTo("police");
        assertThat(texts(detail.path("participants"), null)).containsExactly("police", "school", "youth-work");
        assertThat(texts(detail.path("history"), "status")).containsExactly("RAISED", "OPEN", "CLOSED", "OPEN");
        assertThat(texts(detail.path("information"), "informationId")).containsExactly(schoolInfoId);
        assertThat(texts(detail.path("actions"), "status")).containsExactly("COMPLETED");

        JsonNode audit = api.get(cases + "/audit").json();
        JsonNode lookAtTheCase = audit.get("reads").valueStream()
                .filter(read -> read.path("look").asString().equals("CASE_FILE")).reduce((first, last) -> last).orElseThrow();
        assertThat(lookAtTheCase.path("person").asString()).isEqualTo("chris");
        assertThat(texts(lookAtTheCase.path("informationIds"), null)).containsExactly(schoolInfoId);
        JsonNode trail = audit.get("changes");
        assertThat(texts(trail, "eventType")).containsExactly("ConcernRaised", "CaseOpened", "ReviewScheduled",
                "InformationShared", "InformationShared", "InformationWithdrawn", "ActionAssigned", "ConsentRequested",
                "ConsentGranted", "ActionCompleted", "SubjectConsentRecorded", "CaseClosed", "CaseReopened",
                "ReviewScheduled");
        assertThat(texts(trail, "actorPartner")).containsExactly("police", "city", "city", "school", "police", "police",
                "city", "city", "school", "youth-work", "police", "city", "city", "city");
        for (int i = 0; i < trail.size(); i++) {
            JsonNode entry = trail.get(i);
            assertThat(entry.path("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(entry.path("actorPerson").asString()).isNotBlank();
            assertThat(entry.path("occurredAt").asString()).isNotBlank();
            assertThat(entry.path("description").asString()).isNotBlank();
            assertThat(entry.path("payload").path("caseId").asString()).isEqualTo(caseId);
        }
    }

    @Test
    void the_event_store_holds_events_as_readable_json() {
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");

        String payload = jdbc.sql("select payload from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId)
                .query((rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                .single();
        String metadata = jdbc.sql("select meta_data from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId)
                .query((rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                .single();

        assertThat(payload).startsWith("{").contains("\"caseId\":\"" + caseId + "\"").contains("\"urgency\":\"HIGH\"");
        assertThat(metadata).contains("\"actorPerson\":\"anna\"").contains("\"actorPartner\":\"police\"");
    }

    @Test
    void a_refused_command_leaves_the_event_store_untouched() {
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        long before = events();

        Response refused = api.post("/api/cases/" + caseId + "/information", "anna", "police", information("GREEN"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("case-not-open");
        assertThat(events()).isEqualTo(before);
    }

    private JsonNode summaryOf(String caseId) {
        for (JsonNode summary : api.get("/api/cases").json()) {
            if (summary.path("caseId").asString().equals(caseId)) {
                return summary;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the case list");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            texts.add(field == null ? element.asString() : element.path(field).asString());
        }
        return texts;
    }
}
