package org.roundtable.service.access;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.roundtable.service.support.ReviewsFallenDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Every reader against every look, through the HTTP API with real logins: each cell must be what the matrix
 * in {@code docs/access.md} says (see there for the case and the readers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessMatrixTest extends ApiTest {

    private static final AccessMatrix MATRIX = AccessMatrix.fromTheDocs();
    private static final String PURPOSE = "purpose=the%20access%20matrix";
    private static final String PASSWORD = "a long and uncommon passphrase";
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final List<String> LEVELS = List.of("RED", "AMBER_STRICT", "AMBER", "GREEN");

    /** The case of the matrix, made once for the service under test. */
    private static Scenario scenario;

    private record Scenario(int port, String caseId, Map<String, String> items, String action, String leftToken,
                            Map<String, Prepared> prepared, String sessionId, String club) { }

    /**
     * A case made for one command cell: its id, a police item, an action of the police, and an action of youth
     * work relying on the police item (so asking the police's consent).
     */
    private record Prepared(String caseId, String item, String policeAction, String relyingAction) { }

    /** The command rows, by a short name, and the state each needs its case in. */
    private static final Map<String, String> COMMANDS = commands();

    private static Map<String, String> commands() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("raise a concern: `POST /api/cases`", "none");
        commands.put("screen it: `POST /api/cases/{caseId}/screening`", "raised");
        commands.put("share an item: `POST /api/cases/{caseId}/information`", "open");
        commands.put("withdraw the owner's item: `POST /api/cases/{caseId}/information/{informationId}/withdrawal`", "open");
        commands.put("assign an action: `POST /api/cases/{caseId}/actions`", "open");
        commands.put("grant consent to rely on the owner's item: `POST /api/cases/{caseId}/actions/{actionId}/consents/{informationId}`", "open");
        commands.put("complete the owner's action: `POST /api/cases/{caseId}/actions/{actionId}/completion`", "open");
        commands.put("accept the owner's action: `POST /api/cases/{caseId}/actions/{actionId}/acceptance`", "open");
        commands.put("decline the owner's action: `POST /api/cases/{caseId}/actions/{actionId}/decline`", "open");
        commands.put("note progress on the owner's action: `POST /api/cases/{caseId}/actions/{actionId}/progress`", "open");
        commands.put("cancel an action: `POST /api/cases/{caseId}/actions/{actionId}/cancellation`", "open");
        commands.put("reassign an action: `POST /api/cases/{caseId}/actions/{actionId}/reassignment`", "open");
        commands.put("move an action's due date: `POST /api/cases/{caseId}/actions/{actionId}/due-date`", "open");
        commands.put("record the subject's consent: `POST /api/cases/{caseId}/subject/consent`", "open");
        commands.put("record that the subject was informed: `POST /api/cases/{caseId}/subject/informing`", "open");
        commands.put("close the case: `POST /api/cases/{caseId}/closure`", "open");
        commands.put("reopen it: `POST /api/cases/{caseId}/reopening`", "closed");
        commands.put("set the next review: `POST /api/cases/{caseId}/review-date`", "open");
        commands.put("record a review: `POST /api/cases/{caseId}/reviews`", "open");
        commands.put("hand the lead to another partner: `POST /api/cases/{caseId}/lead`", "open");
        commands.put("bring a partner into the case: `POST /api/cases/{caseId}/participants`", "open");
        commands.put("take a partner out of the case: `POST /api/cases/{caseId}/participants/{partnerId}/removal`", "open");
        commands.put("record a review after closing: `POST /api/cases/{caseId}/post-closure-reviews`", "review due after closing");
        commands.put("schedule a session: `POST /api/sessions`", "none");
        commands.put("note what was said about an item: `POST /api/sessions/{sessionId}/agenda/items/{itemId}/notes`",
                "session");
        return commands;
    }

    @Autowired
    EventStore eventStore;

    /** Who reads for each column: a demo person, or the sports club's representative after it left. */
    private static final Map<String, String> PEOPLE = Map.of("chair", "chris", "owner", "anna", "participant", "youssef",
            "raiser", "sofie", "outsider", "mila", "compliance", "rita", "policy", "pieter", "admin", "ada");

    /** How each row of the matrix is observed for one reader. */
    private final Map<String, BiFunction<AccessMatrixTest, String, String>> probes = probes();

    static Stream<String> rows() {
        return MATRIX.rows().keySet().stream();
    }

    @BeforeEach
    void theCase() {
        if (scenario == null || scenario.port() != port) {
            scenario = aCaseWithAPartnerThatLeft();
        }
    }

    @Test
    void every_row_and_column_of_the_matrix_can_be_observed() {
        assertThat(MATRIX.rows().keySet()).containsExactlyInAnyOrderElementsOf(probes.keySet());
        assertThat(MATRIX.readers()).containsExactly("chair", "owner", "participant", "raiser", "outsider", "left",
                "compliance", "policy", "admin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_reader_gets_what_the_matrix_says(String row) {
        BiFunction<AccessMatrixTest, String, String> probe = probes.get(row);
        assertThat(probe).as("a probe for the row '%s'", row).isNotNull();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> observed = new LinkedHashMap<>();
        for (int i = 0; i < MATRIX.readers().size(); i++) {
            String reader = MATRIX.readers().get(i);
            expected.put(reader, MATRIX.rows().get(row).get(i));
            observed.put(reader, probe.apply(this, reader));
        }
        assertThat(observed).as(row).containsExactlyEntriesOf(expected);
    }

    @Test
    void a_protected_source_is_named_to_nobody_who_may_not_know_it() {
        String green = scenario.items().get("GREEN");
        for (String reader : List.of("participant", "compliance")) {
            List<JsonNode> mentions = new ArrayList<>();
            for (String path : List.of("/api/cases?" + PURPOSE, casePath("") + "?" + PURPOSE,
                    casePath("/audit") + "?" + PURPOSE, casePath("/disclosures") + "?" + PURPOSE,
                    casePath("/consents") + "?" + PURPOSE)) {
                Response answer = get(reader, path);
                if (answer.status() == 200) {
                    collect(answer.json(), green, mentions);
                }
            }
            assertThat(mentions).as("what %s reads of the protected item", reader).isNotEmpty();
            for (JsonNode mention : mentions) {
                assertThat(mention.toString()).as(reader).doesNotContain("\"police\"").doesNotContain("anna");
            }
        }
    }

    /** Every object that is about the item: it carries the item's id as its own {@code informationId}. */
    private static void collect(JsonNode node, String informationId, List<JsonNode> mentions) {
        if (node.isObject() && informationId.equals(node.path("informationId").asString(null))) {
            mentions.add(node);
        }
        node.forEach(child -> collect(child, informationId, mentions));
    }

    private Map<String, BiFunction<AccessMatrixTest, String, String>> probes() {
        Map<String, BiFunction<AccessMatrixTest, String, String>> probes = new LinkedHashMap<>();
        probes.put("the case in `GET /api/cases`", AccessMatrixTest::listed);
        probes.put("`GET /api/cases/{caseId}`", (test, reader) -> test.status(reader, casePath("") + "?" + PURPOSE));
        for (String level : LEVELS) {
            probes.put("its `" + level + "` item", (test, reader) -> test.seesItem(reader, level));
        }
        probes.put("the source of its protected `GREEN` item", AccessMatrixTest::sourceInTheCase);
        probes.put("`GET /api/cases/{caseId}/audit`", (test, reader) -> test.status(reader, casePath("/audit") + "?" + PURPOSE));
        probes.put("the source of the protected `GREEN` item in the audit trail", AccessMatrixTest::sourceInTheTrail);
        probes.put("`GET /api/cases/{caseId}/disclosures`",
                (test, reader) -> test.status(reader, casePath("/disclosures") + "?" + PURPOSE));
        probes.put("`GET /api/cases/{caseId}/consents`",
                (test, reader) -> test.status(reader, casePath("/consents") + "?" + PURPOSE));
        probes.put("its action in `GET /api/actions`", (test, reader) -> test.listsTheCases(reader,
                "/api/actions?caseId=" + scenario.caseId() + "&" + PURPOSE, "actionId"));
        probes.put("its consent request in `GET /api/consent-requests`", (test, reader) -> test.listsTheCases(reader,
                "/api/consent-requests?" + PURPOSE, "consent"));
        probes.put("`GET /api/statistics`", (test, reader) -> test.status(reader, "/api/statistics"));
        probes.put("`GET /api/cases/{unknownCaseId}`",
                (test, reader) -> test.status(reader, "/api/cases/" + UUID.randomUUID() + "?" + PURPOSE));
        probes.put("`GET /api/reports/reciprocity`", (test, reader) -> test.status(reader, "/api/reports/reciprocity"));
        probes.put("`GET /api/sessions`", (test, reader) -> test.status(reader, "/api/sessions?" + PURPOSE));
        probes.put("`GET /api/sessions/{sessionId}`", (test, reader) -> test.status(reader, sessionPath("") + "?" + PURPOSE));
        probes.put("the case's item in `GET /api/sessions/{sessionId}`", AccessMatrixTest::seesAgendaItem);
        probes.put("`GET /api/sessions/{sessionId}/agenda-proposal`",
                (test, reader) -> test.status(reader, sessionPath("/agenda-proposal")));
        probes.put("`GET /api/sessions/{sessionId}/minutes`",
                (test, reader) -> test.status(reader, sessionPath("/minutes") + "?" + PURPOSE));
        COMMANDS.keySet().forEach(row -> probes.put(row, (test, reader) -> test.command(row, reader)));
        return probes;
    }

    /** The answer to the row's command, given by the reader on a case of its own; a refusal must write nothing. */
    private String command(String row, String reader) {
        Prepared prepared = scenario.prepared().get(row + " / " + reader);
        String cases = prepared == null ? "/api/cases" : "/api/cases/" + prepared.caseId();
        String today = LocalDate.now().toString();
        long before = events();
        Response answer = switch (row.substring(0, row.indexOf(':'))) {
            case "raise a concern" -> post(reader, "/api/cases", concern());
            case "screen it" -> post(reader, cases + "/screening", "{\"decision\": \"DISMISS\", \"reason\": \"Out of scope\"}");
            case "share an item" -> post(reader, cases + "/information", information("GREEN"));
            case "withdraw the owner's item" -> post(reader, cases + "/information/" + prepared.item() + "/withdrawal", null);
            case "assign an action" -> post(reader, cases + "/actions", Bodies.action("youth-work", LocalDate.now().plusDays(3)));
            case "grant consent to rely on the owner's item" -> post(reader,
                    cases + "/actions/" + prepared.relyingAction() + "/consents/" + prepared.item(), "{\"decision\": \"GRANTED\"}");
            case "complete the owner's action" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/completion",
                    "{\"outcome\": \"Talked with the family\"}");
            case "accept the owner's action" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/acceptance",
                    null);
            case "decline the owner's action" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/decline",
                    "{\"reason\": \"We have no contact with the family\"}");
            case "note progress on the owner's action" -> post(reader, cases + "/actions/" + prepared.policeAction()
                    + "/progress", "{\"note\": \"Called the parents\"}");
            case "cancel an action" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/cancellation",
                    "{\"reason\": \"The family moved away\"}");
            case "reassign an action" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/reassignment",
                    "{\"assignee\": \"youth-work\", \"reason\": \"Youth work knows him\"}");
            case "move an action's due date" -> post(reader, cases + "/actions/" + prepared.policeAction() + "/due-date",
                    "{\"dueDate\": \"" + LocalDate.now().plusDays(30) + "\", \"reason\": \"The family is away\"}");
            case "record the subject's consent" -> post(reader, cases + "/subject/consent",
                    "{\"decision\": \"GIVEN\", \"by\": \"PARENT\", \"on\": \"" + today + "\"}");
            case "record that the subject was informed" -> post(reader, cases + "/subject/informing",
                    "{\"outcome\": \"INFORMED\", \"on\": \"" + today + "\"}");
            case "close the case" -> post(reader, cases + "/closure", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}");
            case "reopen it" -> post(reader, cases + "/reopening", "{\"reason\": \"A new concern\"}");
            case "set the next review" -> post(reader, cases + "/review-date",
                    "{\"dueOn\": \"" + LocalDate.now().plusDays(20) + "\"}");
            case "record a review" -> post(reader, cases + "/reviews", "{\"note\": \"Going well\"}");
            case "hand the lead to another partner" -> post(reader, cases + "/lead", "{\"lead\": \"youth-work\"}");
            case "bring a partner into the case" -> post(reader, cases + "/participants", "{\"partner\": \"mental-health\"}");
            case "take a partner out of the case" -> post(reader, cases + "/participants/" + scenario.club() + "/removal",
                    "{\"reason\": \"The club no longer sees him\"}");
            case "record a review after closing" -> post(reader, cases + "/post-closure-reviews",
                    "{\"note\": \"Still going well\", \"outcome\": \"NO_FURTHER_CONCERN\"}");
            case "schedule a session" -> post(reader, "/api/sessions", session(LocalDate.now().plusDays(3)));
            case "note what was said about an item" -> post(reader, "/api/sessions/" + prepared.caseId() + "/agenda/items/"
                    + prepared.item() + "/notes", "{\"note\": \"The family moved\"}");
            default -> throw new IllegalArgumentException(row);
        };
        if (answer.status() >= 400 && events() != before) {
            return answer.status() + ", but it wrote events";
        }
        return String.valueOf(answer.status());
    }

    private Response post(String reader, String path, String json) {
        if (reader.equals("left")) {
            return api.post(path, null, null, json, "Authorization", "Bearer " + scenario.leftToken());
        }
        return api.post(path, PEOPLE.get(reader), null, json);
    }

    private String listed(String reader) {
        Response list = get(reader, "/api/cases?" + PURPOSE);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode summary : list.json()) {
            if (summary.path("caseId").asString().equals(scenario.caseId())) {
                return summary.path("access").asString();
            }
        }
        return "-";
    }

    /** Whether a list across cases holds the scenario's action (its own, or the consent it asks for). */
    private String listsTheCases(String reader, String path, String field) {
        Response list = get(reader, path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode line : list.json()) {
            JsonNode action = field.equals("consent") ? line.path("consent").path("actionId") : line.path(field);
            if (action.asString().equals(scenario.action())) {
                return "yes";
            }
        }
        return "no";
    }

    private String seesItem(String reader, String level) {
        Response detail = get(reader, casePath("") + "?" + PURPOSE);
        if (detail.status() != 200) {
            return "-";
        }
        return item(detail.json(), scenario.items().get(level)) == null ? "no" : "yes";
    }

    private String sourceInTheCase(String reader) {
        Response detail = get(reader, casePath("") + "?" + PURPOSE);
        JsonNode item = detail.status() == 200 ? item(detail.json(), scenario.items().get("GREEN")) : null;
        if (item == null) {
            return "-";
        }
        return item.path("owner").isNull() && item.path("sharedBy").isNull() ? "a partner"
                : item.path("owner").asString().equals("police") ? "named" : "wrong: " + item;
    }

    private String sourceInTheTrail(String reader) {
        Response trail = get(reader, casePath("/audit") + "?" + PURPOSE);
        if (trail.status() != 200) {
            return "-";
        }
        for (JsonNode entry : trail.json().path("changes")) {
            if (scenario.items().get("GREEN").equals(entry.path("informationId").asString(null))) {
                boolean hidden = entry.path("sourceHidden").asBoolean() && entry.path("actorPerson").isNull()
                        && entry.path("actorPartner").isNull() && !entry.toString().contains("\"police\"");
                boolean named = !entry.path("sourceHidden").asBoolean() && entry.path("actorPerson").asString().equals("anna");
                return hidden ? "a partner" : named ? "named" : "wrong: " + entry;
            }
        }
        return "missing";
    }

    /** Whether the session's item about the matrix case is in what the reader reads of the session. */
    private String seesAgendaItem(String reader) {
        Response session = get(reader, sessionPath("") + "?" + PURPOSE);
        if (session.status() != 200) {
            return "-";
        }
        for (JsonNode item : session.json().path("agenda")) {
            if (item.path("caseId").asString().equals(scenario.caseId())) {
                return "yes";
            }
        }
        return "no";
    }

    private static String sessionPath(String rest) {
        return "/api/sessions/" + scenario.sessionId() + rest;
    }

    private static String session(LocalDate day) {
        return "{\"startsAt\": \"" + day + "T18:00:00Z\", \"place\": \"Town hall\"}";
    }

    /** A session with one item, about a concern of its own: its id as the case id, the item's as the item. */
    private Prepared aSessionWithAnItem() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        Response scheduled = api.post("/api/sessions", "chris", "city", session(LocalDate.now().plusDays(3)));
        expect(scheduled, 201);
        String sessionId = scheduled.text("sessionId");
        Response added = api.post("/api/sessions/" + sessionId + "/agenda/items", "chris", "city",
                "{\"caseId\": \"" + caseId + "\", \"purpose\": \"SCREENING\"}");
        expect(added, 201);
        return new Prepared(sessionId, added.text("itemId"), null, null);
    }

    private String status(String reader, String path) {
        return String.valueOf(get(reader, path).status());
    }

    private static JsonNode item(JsonNode detail, String informationId) {
        for (JsonNode item : detail.path("information")) {
            if (item.path("informationId").asString().equals(informationId)) {
                return item;
            }
        }
        return null;
    }

    private Response get(String reader, String path) {
        if (reader.equals("left")) {
            return api.getWithToken(path, scenario.leftToken());
        }
        return api.getAs(path, PEOPLE.get(reader));
    }

    private static String casePath(String rest) {
        return "/api/cases/" + scenario.caseId() + rest;
    }

    private Scenario aCaseWithAPartnerThatLeft() {
        String club = "sports-club-" + NAMES.incrementAndGet();
        String lars = "lars-" + NAMES.incrementAndGet();
        expect(api.post("/api/partners", "ada", "city", """
                {"partnerId": "%s", "name": "Sports club", "sector": "COMMUNITY"}""".formatted(club)), 201);
        expect(api.post("/api/partners/" + club + "/charter", "ada", "city", "{\"charterVersion\": \"2026-1\"}"), 204);
        expect(api.post("/api/people", "ada", "city", """
                {"username": "%s", "partner": "%s", "displayName": "Lars", "roles": ["PARTNER"], "password": "%s"}"""
                .formatted(lars, club, PASSWORD)), 201);
        expect(api.post("/api/partners/" + club + "/representatives", "ada", "city", "{\"person\": \"" + lars + "\"}"), 204);
        Response login = api.post("/api/tokens", null, null, """
                {"username": "%s", "password": "%s"}""".formatted(lars, PASSWORD));
        expect(login, 201);

        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "youth-work", club)), 204);
        Map<String, String> items = new LinkedHashMap<>();
        for (String level : LEVELS) {
            Response shared = api.post("/api/cases/" + caseId + "/information", "anna", "police", information(level));
            expect(shared, 201);
            items.put(level, shared.text("informationId"));
        }
        String action = api.post("/api/cases/" + caseId + "/actions", "chris", "city",
                Bodies.action("youth-work", LocalDate.now().plusDays(7), items.get("AMBER"))).text("actionId");
        Map<String, Prepared> prepared = new LinkedHashMap<>();
        COMMANDS.forEach((row, state) -> {
            for (String reader : MATRIX.readers()) {
                if (!state.equals("none")) {
                    prepared.put(row + " / " + reader, prepare(state, club));
                }
            }
        });
        Response session = api.post("/api/sessions", "chris", "city", session(LocalDate.now().plusDays(3)));
        expect(session, 201);
        expect(api.post(session.location() + "/agenda/items", "chris", "city",
                "{\"caseId\": \"" + caseId + "\", \"purpose\": \"DISCUSSION\"}"), 201);
        expect(api.post("/api/partners/" + club + "/leaving", "ada", "city", null), 204);
        return new Scenario(port, caseId, items, action, login.text("token"), prepared, session.text("sessionId"), club);
    }

    /**
     * A case of the school's concern in the given state: raised, open (with an item and two actions), closed, or
     * closed with a review after closing that has fallen due.
     */
    private Prepared prepare(String state, String club) {
        if (state.equals("session")) {
            return aSessionWithAnItem();
        }
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        String cases = "/api/cases/" + caseId;
        if (state.equals("raised")) {
            return new Prepared(caseId, null, null, null);
        }
        expect(api.post(cases + "/screening", "chris", "city", openCase("police", "youth-work", club)), 204);
        if (state.equals("closed")) {
            expect(api.post(cases + "/closure", "chris", "city", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"), 204);
            return new Prepared(caseId, null, null, null);
        }
        if (state.equals("review due after closing")) {
            LocalDate review = LocalDate.now().plusMonths(6);
            expect(api.post(cases + "/closure", "chris", "city", """
                    {"reason": "OTHER", "outcome": "Back at school", "exitCriteria": "MET", "postClosureReviews": ["%s"]}"""
                    .formatted(review)), 204);
            ReviewsFallenDue.postClosureReviewDue(eventStore, caseId, review);
            return new Prepared(caseId, null, null, null);
        }
        String item = api.post(cases + "/information", "anna", "police", information("AMBER")).text("informationId");
        LocalDate due = LocalDate.now().plusDays(7);
        String policeAction = api.post(cases + "/actions", "chris", "city", Bodies.action("police", due)).text("actionId");
        String relyingAction = api.post(cases + "/actions", "chris", "city", Bodies.action("youth-work", due, item))
                .text("actionId");
        return new Prepared(caseId, item, policeAction, relyingAction);
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
