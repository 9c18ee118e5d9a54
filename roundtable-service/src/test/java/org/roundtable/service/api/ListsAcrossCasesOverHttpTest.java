package org.roundtable.service.api;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.PastActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
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
 * The lists across cases through the real API: a partner's actions and the consent requests waiting for it, each
 * with only the cases the reader may see, and each look recorded on every case it showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ListsAcrossCasesOverHttpTest extends ApiTest {

    @Autowired
    EventStore eventStore;

    /** Police, school and youth work take part; youth work has an overdue action and one relying on a police item. */
    String shared;
    String overdue;
    String relying;
    String policeItem;
    /** School and police take part, not youth work; the school has an action. */
    String elsewhere;
    String schoolAction;

    @BeforeEach
    void twoCases() {
        shared = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post("/api/cases/" + shared + "/screening", "chris", "city",
                openCase("police", "school", "youth-work")).status()).isEqualTo(204);
        policeItem = api.post("/api/cases/" + shared + "/information", "anna", "police", information("RED"))
                .text("informationId");
        relying = api.post("/api/cases/" + shared + "/actions", "chris", "city",
                action("youth-work", LocalDate.now().plusDays(5), policeItem)).text("actionId");
        overdue = PastActions.assignedLongAgo(eventStore, shared, "youth-work", "Visit the family", LocalDate.now().minusDays(3));

        elsewhere = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        assertThat(api.post("/api/cases/" + elsewhere + "/screening", "chris", "city", openCase("school", "police"))
                .status()).isEqualTo(204);
        schoolAction = api.post("/api/cases/" + elsewhere + "/actions", "chris", "city",
                action("school", LocalDate.now().plusDays(2))).text("actionId");
    }

    @Test
    void a_partner_lists_the_actions_of_the_cases_it_takes_part_in_and_of_no_other() {
        List<String> youthWorks = field(api.getAs("/api/actions", "youssef"), "actionId");
        List<String> schools = field(api.getAs("/api/actions", "sofie"), "actionId");

        assertThat(youthWorks).contains(overdue, relying).doesNotContain(schoolAction);
        assertThat(schools).contains(overdue, relying, schoolAction);
        assertThat(field(api.getAs("/api/actions?caseId=" + elsewhere, "youssef"), "actionId")).isEmpty();
        assertThat(field(api.getAs("/api/actions", "pieter"), "actionId")).isEmpty();
    }

    @Test
    void an_action_due_before_today_and_still_assigned_is_overdue() {
        Response answer = api.getAs("/api/actions?assignee=youth-work&overdue=true&caseId=" + shared, "youssef");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(field(answer, "actionId")).containsExactly(overdue);
        assertThat(answer.json().get(0).path("overdue").asBoolean()).isTrue();
        assertThat(answer.json().get(0).path("caseNumber").asString()).matches("\\d{4}-\\d{4,}");
        assertThat(field(api.getAs("/api/actions?overdue=false&caseId=" + shared, "youssef"), "actionId"))
                .containsExactly(relying);
    }

    @Test
    void the_actions_are_listed_by_due_date() {
        List<String> dueDates = field(api.getAs("/api/actions?status=ASSIGNED", "chris"), "dueDate");

        assertThat(dueDates).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void a_filter_that_names_no_partner_or_no_status_is_refused_in_words() {
        Response status = api.getAs("/api/actions?status=LATE", "youssef");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.text("code")).isEqualTo("invalid-input");

        assertThat(api.getAs("/api/consent-requests?owner=Not%20a%20partner", "anna").status()).isEqualTo(400);
    }

    @Test
    void the_owner_finds_the_consent_request_waiting_for_it_and_nobody_else_takes_it_for_the_owners() {
        Response waiting = api.getAs("/api/consent-requests?status=PENDING&owner=police", "anna");

        assertThat(waiting.status()).isEqualTo(200);
        JsonNode request = find(waiting.json(), relying);
        assertThat(request).isNotNull();
        assertThat(request.path("caseId").asString()).isEqualTo(shared);
        assertThat(request.path("consent").path("informationId").asString()).isEqualTo(policeItem);
        assertThat(request.path("consent").path("assignee").asString()).isEqualTo("youth-work");

        // Youth work may not see the police's RED item, so may not learn whose consent it waits for.
        assertThat(find(api.getAs("/api/consent-requests?status=PENDING&owner=police", "youssef").json(), relying)).isNull();
        assertThat(find(api.getAs("/api/consent-requests", "mila").json(), relying)).isNull();
    }

    @Test
    void each_list_is_recorded_as_a_look_at_every_case_it_showed_and_at_no_other() {
        api.getAs("/api/actions?purpose=a%20look", "youssef");
        api.getAs("/api/consent-requests?owner=police", "anna");

        List<String> sharedLooks = new ArrayList<>();
        api.get("/api/cases/" + shared + "/audit").json().path("reads")
                .forEach(read -> sharedLooks.add(read.path("person").asString() + " " + read.path("look").asString()));
        assertThat(sharedLooks).contains("youssef ACTIONS", "anna CONSENT_REQUESTS");
        List<String> elsewhereLooks = new ArrayList<>();
        api.get("/api/cases/" + elsewhere + "/audit").json().path("reads")
                .forEach(read -> elsewhereLooks.add(read.path("person").asString() + " " + read.path("look").asString()));
        assertThat(elsewhereLooks).doesNotContain("youssef ACTIONS");
    }

    @Test
    void a_compliance_reviewer_states_a_purpose_for_each_list() {
        assertThat(api.getAs("/api/actions", "rita").text("code")).isEqualTo("purpose-required");
        assertThat(api.getAs("/api/consent-requests", "rita").text("code")).isEqualTo("purpose-required");
        assertThat(api.getAs("/api/actions?purpose=an%20inspection", "rita").status()).isEqualTo(200);
    }

    private static JsonNode find(JsonNode requests, String actionId) {
        for (JsonNode request : requests) {
            if (request.path("consent").path("actionId").asString().equals(actionId)) {
                return request;
            }
        }
        return null;
    }

    private static List<String> field(Response answer, String name) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        answer.json().forEach(node -> values.add(node.path(name).asString()));
        return values;
    }
}
