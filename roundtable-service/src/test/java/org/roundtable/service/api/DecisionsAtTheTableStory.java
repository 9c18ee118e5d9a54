package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.HeldDecisions;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Decisions taken at a session's table, through the real HTTP API against a real database: each is the case's own
 * command, named with the session and the agenda item; its events, the audit trail and the session's minutes say
 * where it was decided; a session that has not begun, is closed, or has no such item takes no decision, and the
 * refusal writes nothing; a decision and the closing of its session never interleave. Each database gets a subclass.
 */
abstract class DecisionsAtTheTableStory extends ApiTest {

    @Autowired
    private HeldDecisions.Hold hold;

    @Test
    void the_round_table_opens_a_case_changes_who_takes_part_assigns_an_action_and_the_minutes_say_so() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        Table table = aSessionAbout(caseId);
        String cases = "/api/cases/" + caseId;

        expect(api.post(cases + "/screening" + table.at(caseId), "chris", "city", openCase("police", "school")), 204);
        expect(api.post(cases + "/participants" + table.at(caseId), "chris", "city", """
                {"partner": "youth-work"}"""), 204);
        expect(api.post(cases + "/lead" + table.at(caseId), "chris", "city", """
                {"lead": "youth-work"}"""), 204);
        expect(api.post(cases + "/participants/school/removal" + table.at(caseId), "chris", "city", """
                {"reason": "The school has done what it could"}"""), 204);
        Response assigned = api.post(cases + "/actions" + table.at(caseId), "chris", "city",
                action("youth-work", LocalDate.now().plusDays(14)));
        expect(assigned, 201);
        expect(api.post(cases + "/review-date" + table.at(caseId), "chris", "city", """
                {"dueOn": "%s"}""".formatted(LocalDate.now().plusMonths(2))), 204);
        expect(api.post(table.path() + "/closure", "chris", "city", """
                {"carriedForward": [{"caseId": "%s", "actionId": "%s", "reason": "CIRCUMSTANCES_CHANGED"}]}"""
                .formatted(caseId, assigned.text("actionId"))), 204);

        JsonNode minutes = api.get(table.path() + "/minutes").json();
        assertThat(minutes.path("marking").asString()).isEqualTo("RESTRICTED");
        assertThat(minutes.path("finalised").asBoolean()).isTrue();
        assertThat(minutes.path("late").asBoolean()).isFalse();
        assertThat(LocalDate.parse(minutes.path("dueOn").asString())).isAfter(LocalDate.now());
        JsonNode decisions = minutes.path("session").path("agenda").get(0).path("decisions");
        assertThat(decisions.findValuesAsString("kind")).containsExactly("CaseOpened", "ReviewScheduled",
                "ParticipantAdded", "LeadChanged", "ParticipantRemoved", "ActionAssigned", "ReviewScheduled");
        assertThat(decisions.get(3).path("partner").asString()).isEqualTo("youth-work");
        assertThat(decisions.get(5).path("text").asString()).isNotBlank();

        JsonNode trail = api.get(cases + "/audit?purpose=review").json().path("changes");
        List<String> decidedIn = new ArrayList<>();
        trail.forEach(change -> decidedIn.add(change.path("decidedInSession").asString(null)));
        assertThat(decidedIn).as("raised outside the session; everything after decided at its table")
                .startsWith((String) null).containsOnly(null, table.sessionId()).filteredOn(table.sessionId()::equals)
                .hasSizeGreaterThanOrEqualTo(7);

        JsonNode school = api.getAs(table.path() + "/minutes", "sofie").json();
        assertThat(school.path("session").path("agenda").size()).as("taken out of the case, the school sees no item")
                .isZero();
        JsonNode youthWork = api.getAs(table.path() + "/minutes", "youssef").json();
        assertThat(youthWork.path("session").path("agenda").get(0).path("decisions").size()).isEqualTo(7);
    }

    @Test
    void no_decision_is_taken_before_the_session_begins_and_the_refusal_writes_nothing() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String session = scheduled(Instant.now().plus(Duration.ofDays(2)));
        String item = api.post(session + "/agenda/items", "chris", "city", """
                {"caseId": "%s", "purpose": "SCREENING"}""".formatted(caseId)).text("itemId");
        long before = events();

        Response refused = api.post("/api/cases/" + caseId + "/screening?decidedInSession=" + id(session)
                + "&decidedAtItem=" + item, "chris", "city", openCase("police"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("session-not-started");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_closed_session_takes_no_more_decisions() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        Table table = aSessionAbout(caseId);
        expect(api.post(table.path() + "/closure", "chris", "city", null), 204);
        long before = events();

        Response refused = api.post("/api/cases/" + caseId + "/screening" + table.at(caseId), "chris", "city",
                openCase("police"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("session-closed");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_decision_names_a_session_that_exists_and_an_item_about_its_case_both_or_neither() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String other = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        Table table = aSessionAbout(caseId, other);
        String screening = "/api/cases/" + caseId + "/screening";
        long before = events();

        Response otherItem = api.post(screening + table.at(other),
                "chris", "city", openCase("police"));
        Response noSession = api.post(screening + "?decidedInSession=" + UUID.randomUUID() + "&decidedAtItem="
                + table.items().get(0), "chris", "city", openCase("police"));
        Response half = api.post(screening + "?decidedInSession=" + table.sessionId(), "chris", "city", openCase("police"));

        assertThat(otherItem.status()).as(otherItem.body()).isEqualTo(400);
        assertThat(otherItem.json().path("errors").findValuesAsString("field")).containsExactly("decidedIn.agendaItemId");
        assertThat(noSession.status()).isEqualTo(404);
        assertThat(noSession.text("code")).isEqualTo("unknown-session");
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.json().path("errors").findValuesAsString("field")).containsExactly("decidedAtItem");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_session_closed_while_a_decision_is_under_way_closes_after_it() throws Exception {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police")), 204);
        Table table = aSessionAbout(caseId);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            hold.arm();
            Future<Response> decision = pool.submit(() -> api.post("/api/cases/" + caseId + "/review-date"
                    + table.at(caseId), "chris", "city", "{\"dueOn\": \"" + LocalDate.now().plusDays(40) + "\"}"));
            hold.awaitHeld();
            Future<Response> closing = pool.submit(() -> api.post(table.path() + "/closure", "chris", "city", null));
            try {
                await().atMost(Duration.ofSeconds(1)).until(closing::isDone);
            } catch (ConditionTimeoutException waiting) {
                // As it should: the session is held by the decision under way.
            }
            hold.release();

            expect(decision.get(30, TimeUnit.SECONDS), 204);
            Response closed = closing.get(30, TimeUnit.SECONDS);
            if (closed.status() == 503) {
                // Waited longer for the session than a command may (PostgreSQL's lock_timeout): nothing was written.
                assertThat(closed.text("code")).isEqualTo("busy");
                closed = api.post(table.path() + "/closure", "chris", "city", null);
            }
            expect(closed, 204);
        } finally {
            hold.release();
            pool.shutdownNow();
        }
        long closedAt = jdbc.sql("""
                        select global_index from domain_event_entry
                        where aggregate_identifier = :session and payload_type like '%SessionClosed'""")
                .param("session", table.sessionId()).query(Long.class).single();
        long decidedAt = jdbc.sql("""
                        select max(global_index) from domain_event_entry
                        where aggregate_identifier = :caseId and payload_type like '%ReviewScheduled'""")
                .param("caseId", caseId).query(Long.class).single();
        assertThat(decidedAt).as("the decision's event comes before the session's closing").isLessThan(closedAt);
        assertThat(api.get(table.path() + "/minutes").json().path("session").path("agenda").get(0)
                .path("decisions").findValuesAsString("kind")).containsExactly("ReviewScheduled");
    }

    /** A session that has begun, with one item per case, in order. */
    private Table aSessionAbout(String... caseIds) {
        Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String session = scheduled(startsAt);
        StringBuilder entries = new StringBuilder();
        for (String caseId : caseIds) {
            entries.append(entries.isEmpty() ? "" : ", ").append("{\"caseId\": \"%s\", \"purpose\": \"DISCUSSION\"}".formatted(caseId));
        }
        Response accepted = api.post(session + "/agenda", "chris", "city", "{\"entries\": [" + entries + "]}");
        expect(accepted, 200);
        List<String> items = new ArrayList<>();
        accepted.json().path("itemIds").forEach(item -> items.add(item.asString()));
        waitUntil(startsAt);
        return new Table(session, id(session), List.of(caseIds), items);
    }

    /** A session that has begun: its path and id, its cases and the items about them. */
    private record Table(String path, String sessionId, List<String> cases, List<String> items) {

        /** The query naming this session and the item about the case. */
        String at(String caseId) {
            return "?decidedInSession=" + sessionId + "&decidedAtItem=" + items.get(cases.indexOf(caseId));
        }
    }

    private String scheduled(Instant startsAt) {
        Response scheduled = api.post("/api/sessions", "chris", "city", """
                {"startsAt": "%s", "place": "Town hall, room 2"}""".formatted(startsAt));
        expect(scheduled, 201);
        return scheduled.location();
    }

    private static String id(String sessionPath) {
        return sessionPath.substring(sessionPath.lastIndexOf('/') + 1);
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
