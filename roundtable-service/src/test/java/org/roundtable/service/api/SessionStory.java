package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A chair's session through the real HTTP API against a real database: scheduled, the proposed agenda accepted,
 * attendance and the confidentiality statement recorded, notes taken, closed with its open actions carried forward
 * and corrected; each refusal a problem document that writes nothing; and what each reader sees of it. Each
 * database gets a subclass.
 */
abstract class SessionStory extends ApiTest {

    @Test
    void the_chair_runs_a_session_from_its_proposed_agenda_to_its_corrected_minutes() {
        String concern = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        Instant startsAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Response scheduled = api.post("/api/sessions", "chris", "city", schedule(startsAt, "Town hall, room 2"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String session = "/api/sessions/" + scheduled.text("sessionId");
        assertThat(scheduled.location()).isEqualTo(session);

        JsonNode proposed = entryFor(api.get(session + "/agenda-proposal").json(), concern);
        assertThat(proposed.path("purpose").asString()).isEqualTo("SCREENING");
        assertThat(proposed.path("minutes").asInt()).isEqualTo(12);
        Response accepted = api.post(session + "/agenda", "chris", "city", """
                {"entries": [{"caseId": "%s", "purpose": "SCREENING"}]}""".formatted(concern));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String item = accepted.json().path("itemIds").get(0).asString();
        assertThat(entryFor(api.get(session + "/agenda-proposal").json(), concern)).as("on the agenda now").isNull();

        expect(api.post(session + "/attendance", "chris", "city", """
                {"partner": "school", "attendance": "PRESENT", "representedBy": "sofie"}"""), 204);
        expect(api.post(session + "/attendance", "chris", "city", """
                {"partner": "police", "attendance": "APOLOGIES"}"""), 204);
        expect(api.post(session + "/confidentiality", "chris", "city", """
                {"partner": "school", "person": "sofie"}"""), 204);
        expect(api.post(session + "/agenda/items/" + item + "/notes", "chris", "city", """
                {"note": "The school will talk to the parents first"}"""), 204);

        waitUntil(startsAt);
        expect(api.post(session + "/closure", "chris", "city", null), 204);
        expect(api.post(session + "/corrections", "chris", "city", """
                {"itemId": "%s", "correction": "The school talked to the parents already", "reason": "Wrong in the note"}"""
                .formatted(item)), 204);

        JsonNode minutes = api.get(session).json();
        assertThat(minutes.path("status").asString()).isEqualTo("CLOSED");
        assertThat(minutes.path("closedAt").isNull()).isFalse();
        assertThat(minutes.path("venue").path("place").asString()).isEqualTo("Town hall, room 2");
        assertThat(minutes.path("chairedBy").asString()).isEqualTo("chris");
        JsonNode agendaItem = minutes.path("agenda").get(0);
        assertThat(agendaItem.path("caseId").asString()).isEqualTo(concern);
        assertThat(agendaItem.path("notes").get(0).path("note").asString()).isEqualTo("The school will talk to the parents first");
        assertThat(agendaItem.path("corrections").get(0).path("reason").asString()).isEqualTo("Wrong in the note");
        assertThat(minutes.path("attendance").findValuesAsString("attendance")).containsExactly("APOLOGIES", "PRESENT");
        assertThat(minutes.path("agreements").get(0).path("person").asString()).isEqualTo("sofie");
        assertThat(api.get("/api/sessions?when=past").json().findValuesAsString("sessionId"))
                .contains(scheduled.text("sessionId"));
    }

    @Test
    void closing_carries_each_open_action_forward_with_its_reason_and_the_next_agenda_brings_its_case_back() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school")), 204);
        String visit = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(20))).text("actionId");
        String talk = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                action("school", LocalDate.now().plusDays(20))).text("actionId");
        expect(api.post("/api/cases/" + caseId + "/actions/" + talk + "/decline", "sofie", "school",
                "{\"reason\": \"no one free this month\"}"), 204);
        String done = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(20))).text("actionId");
        expect(api.post("/api/cases/" + caseId + "/actions/" + done + "/completion", "anna", "police",
                "{\"outcome\": \"talked to them\"}"), 204);
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = scheduled(startsAt);
        String item = api.post(session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(caseId)).text("itemId");
        String next = scheduled(Instant.now().plus(Duration.ofDays(14)));
        waitUntil(startsAt);
        long before = events();

        Response leftOut = api.post(session + "/closure", "chris", "city", carried(caseId, visit, "NOT_DONE_BY_PARTNER"));
        Response notOpen = api.post(session + "/closure", "chris", "city", carried(caseId, visit, "NOT_DONE_BY_PARTNER",
                talk, "CIRCUMSTANCES_CHANGED", done, "NOT_DONE_BY_PARTNER"));
        Response twice = api.beyondTheDocument().post(session + "/closure", "chris", "city",
                carried(caseId, visit, "NOT_DONE_BY_PARTNER", talk, "CIRCUMSTANCES_CHANGED", visit, "CIRCUMSTANCES_CHANGED"));
        Response noReason = api.refusedByTheDocument().post(session + "/closure", "chris", "city", """
                {"carriedForward": [{"caseId": "%s", "actionId": "%s", "reason": "FORGOTTEN"}]}""".formatted(caseId, visit));

        assertThat(leftOut.status()).isEqualTo(409);
        assertThat(leftOut.text("code")).isEqualTo("action-not-carried-forward");
        assertThat(leftOut.contentType()).startsWith("application/problem+json");
        assertThat(notOpen.status()).isEqualTo(409);
        assertThat(notOpen.text("code")).isEqualTo("action-not-open");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("errors").findValuesAsString("field")).containsExactly("carriedForward");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(events()).as("nothing written").isEqualTo(before);
        assertThat(api.get(session).text("status")).isEqualTo("SCHEDULED");

        expect(api.post(session + "/closure", "chris", "city",
                carried(caseId, visit, "NOT_DONE_BY_PARTNER", talk, "CIRCUMSTANCES_CHANGED")), 204);

        JsonNode agendaItem = api.get(session).json().path("agenda").get(0);
        assertThat(agendaItem.path("itemId").asString()).isEqualTo(item);
        assertThat(agendaItem.path("carriedForward").findValuesAsString("actionId")).containsExactly(visit, talk);
        assertThat(agendaItem.path("carriedForward").findValuesAsString("reason"))
                .containsExactly("NOT_DONE_BY_PARTNER", "CIRCUMSTANCES_CHANGED");
        assertThat(agendaItem.path("carriedForward").get(0).path("assignee").asString()).isEqualTo("police");
        assertThat(agendaItem.path("carriedForward").get(0).path("description").asString()).isEqualTo("Talk with the parents");
        assertThat(api.getAs(session, "anna").json().path("agenda").get(0).path("carriedForward").size())
                .as("a participant sees them").isEqualTo(2);
        assertThat(entryFor(api.get(next + "/agenda-proposal").json(), caseId).path("purpose").asString())
                .isEqualTo("CARRIED_FORWARD");

        expect(api.post("/api/cases/" + caseId + "/actions/" + visit + "/completion", "anna", "police",
                "{\"outcome\": \"visited\"}"), 204);
        expect(api.post("/api/cases/" + caseId + "/actions/" + talk + "/cancellation", "chris", "city",
                "{\"reason\": \"no longer needed\"}"), 204);
        assertThat(entryFor(api.get(next + "/agenda-proposal").json(), caseId)).as("done or called off since").isNull();
    }

    @Test
    void an_action_of_a_case_not_on_the_agenda_is_not_carried_forward() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school")), 204);
        String visit = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(20))).text("actionId");
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = scheduled(startsAt);
        waitUntil(startsAt);
        long before = events();

        Response refused = api.post(session + "/closure", "chris", "city", carried(caseId, visit, "NOT_DONE_BY_PARTNER"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("case-not-on-agenda");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_closed_session_refuses_a_note_and_writes_nothing() {
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = scheduled(startsAt);
        String item = api.post(session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(caseId)).text("itemId");
        waitUntil(startsAt);
        expect(api.post(session + "/closure", "chris", "city", null), 204);
        long before = events();

        Response refused = api.post(session + "/agenda/items/" + item + "/notes", "chris", "city", """
                {"note": "Said afterwards"}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("session-closed");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_session_is_not_rescheduled_into_the_past() {
        String session = scheduled(Instant.now().plus(Duration.ofDays(3)));
        long before = events();

        Response refused = api.beyondTheDocument().post(session + "/rescheduling", "chris", "city",
                schedule(Instant.now().minus(Duration.ofHours(1)), "Town hall"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("startsAt");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void only_the_chair_schedules_a_session() {
        long before = events();

        Response refused = api.post("/api/sessions", "anna", "police", schedule(Instant.now().plus(Duration.ofDays(3)), "Police station"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("not-the-chair");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_command_for_a_session_that_does_not_exist_is_not_found() {
        for (String path : List.of("/api/sessions/" + UUID.randomUUID() + "/closure",
                "/api/sessions/" + api.post("/api/cases", "anna", "police", concern()).text("caseId") + "/closure")) {
            Response unknown = api.post(path, "chris", "city", null);

            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.text("code")).isEqualTo("unknown-session");
        }
    }

    @Test
    void a_repeated_schedule_with_the_same_idempotency_key_schedules_one_session() {
        String key = UUID.randomUUID().toString();
        String body = schedule(Instant.now().plus(Duration.ofDays(4)), "Town hall");

        Response first = api.post("/api/sessions", "chris", "city", body, "Idempotency-Key", key);
        long after = events();
        Response again = api.post("/api/sessions", "chris", "city", body, "Idempotency-Key", key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text("sessionId")).isEqualTo(first.text("sessionId"));
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void the_proposal_holds_a_case_whose_action_falls_due_before_the_session() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school")), 204);
        expect(api.post("/api/cases/" + caseId + "/actions", "chris", "city", action("police", LocalDate.now().plusDays(1))), 201);
        String later = scheduled(Instant.now().plus(Duration.ofDays(4)));
        String sooner = scheduled(Instant.now().plus(Duration.ofMinutes(5)));

        assertThat(entryFor(api.get(later + "/agenda-proposal").json(), caseId).path("purpose").asString())
                .isEqualTo("OVERDUE_ACTION");
        assertThat(entryFor(api.get(sooner + "/agenda-proposal").json(), caseId)).as("not yet due then").isNull();
    }

    @Test
    void a_partner_sees_the_session_but_not_an_item_about_a_case_it_takes_no_part_in() {
        String theirs = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        expect(api.post("/api/cases/" + theirs + "/screening", "chris", "city", openCase("police", "youth-work")), 204);
        String notTheirs = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String session = scheduled(Instant.now().plus(Duration.ofDays(3)));
        expect(api.post(session + "/agenda", "chris", "city", """
                {"entries": [{"caseId": "%s", "purpose": "DISCUSSION"}, {"caseId": "%s", "purpose": "SCREENING"}]}"""
                .formatted(theirs, notTheirs)), 200);
        expect(api.post(session + "/attendance", "chris", "city", """
                {"partner": "youth-work", "attendance": "PRESENT", "representedBy": "youssef"}"""), 204);

        JsonNode youthWork = api.getAs(session, "youssef").json();
        JsonNode school = api.getAs(session, "sofie").json();
        JsonNode mentalHealth = api.getAs(session, "mila").json();

        assertThat(youthWork.path("agenda").findValuesAsString("caseId")).containsExactly(theirs);
        assertThat(school.path("agenda").size()).as("raised it, takes no part").isZero();
        assertThat(mentalHealth.path("agenda").size()).isZero();
        assertThat(mentalHealth.path("attendance").get(0).path("representedBy").asString()).isEqualTo("youssef");
        assertThat(mentalHealth.toString()).doesNotContain(theirs).doesNotContain(notTheirs);
    }

    @Test
    void policy_members_and_administrators_see_no_sessions() {
        String session = scheduled(Instant.now().plus(Duration.ofDays(3)));

        for (String reader : List.of("pieter", "ada")) {
            for (String path : List.of("/api/sessions", session)) {
                Response refused = api.getAs(path, reader);
                assertThat(refused.status()).as(reader + " " + path).isEqualTo(403);
                assertThat(refused.text("code")).isEqualTo("not-a-session-reader");
            }
        }
    }

    @Test
    void a_compliance_reviewer_states_a_purpose_and_each_case_shown_is_recorded_in_the_access_log() {
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        String session = scheduled(Instant.now().plus(Duration.ofDays(3)));
        expect(api.post(session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "SCREENING"}""".formatted(caseId)), 201);

        Response withoutPurpose = api.getAs(session, "rita");
        Response withPurpose = api.getAs(session + "?purpose=a%20yearly%20review", "rita");

        assertThat(withoutPurpose.status()).isEqualTo(400);
        assertThat(withoutPurpose.text("code")).isEqualTo("purpose-required");
        assertThat(withPurpose.json().path("agenda").findValuesAsString("caseId")).containsExactly(caseId);
        assertThat(jdbc.sql("""
                        select count(*) from access_record
                        where person_id = 'rita' and look = 'SESSION' and case_id = :caseId and outcome = 'SHOWN'
                          and purpose = 'a yearly review'""")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_unknown_case_is_not_put_on_the_agenda() {
        String session = scheduled(Instant.now().plus(Duration.ofDays(3)));
        long before = events();

        Response refused = api.post(session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "DISCUSSION"}""".formatted(UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("unknown-case");
        assertThat(events()).isEqualTo(before);
    }

    private String scheduled(Instant startsAt) {
        Response scheduled = api.post("/api/sessions", "chris", "city", schedule(startsAt, "Town hall, room 2"));
        expect(scheduled, 201);
        return scheduled.location();
    }

    /** A closing's body carrying these actions of the case forward: action id, reason, action id, reason, ... */
    private static String carried(String caseId, String... actionsAndReasons) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < actionsAndReasons.length; i += 2) {
            entries.add("""
                    {"caseId": "%s", "actionId": "%s", "reason": "%s"}""".formatted(caseId, actionsAndReasons[i],
                    actionsAndReasons[i + 1]));
        }
        return "{\"carriedForward\": [" + String.join(", ", entries) + "]}";
    }

    private static String schedule(Instant startsAt, String place) {
        return """
                {"startsAt": "%s", "place": "%s"}""".formatted(startsAt, place);
    }

    /** The proposal's entry for the case, or null. */
    private static JsonNode entryFor(JsonNode proposal, String caseId) {
        List<JsonNode> found = new ArrayList<>();
        proposal.path("entries").forEach(entry -> {
            if (entry.path("caseId").asString().equals(caseId)) {
                found.add(entry);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
