package org.roundtable.service.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

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

    private record Scenario(int port, String caseId, Map<String, String> items, String leftToken) { }

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
                    casePath("/audit") + "?" + PURPOSE, casePath("/disclosures") + "?" + PURPOSE)) {
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
        probes.put("`GET /api/cases/{unknownCaseId}`",
                (test, reader) -> test.status(reader, "/api/cases/" + UUID.randomUUID() + "?" + PURPOSE));
        probes.put("`GET /api/reports/reciprocity`", (test, reader) -> test.status(reader, "/api/reports/reciprocity"));
        return probes;
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
        expect(api.post("/api/partners/" + club + "/leaving", "ada", "city", null), 204);
        return new Scenario(port, caseId, items, login.text("token"));
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
