package org.roundtable.service.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Every kind of bad input gets a problem document with the right status and code, names the offending
 * field where there is one, and leaves the event store as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTest extends ApiTest {

    private static final String VALID_SUBJECT = "{\"givenName\": \"Sam\", \"ageBand\": \"AGE_16_TO_17\"}";

    /** One malformed or invalid request to raise a concern, and the field the answer must name (null: none). */
    record Bad(String name, String person, String partner, String body, String code, String field, boolean judged) {

        Bad(String name, String person, String partner, String body, String code, String field) {
            this(name, person, partner, body, code, field, true);
        }

        /** A refusal for a rule that the API description cannot express (it depends on today's date, say). */
        Bad beyondTheDocument() {
            return new Bad(name, person, partner, body, code, field, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> badConcerns() {
        return Stream.of(
                new Bad("malformed JSON", "anna", "police", "{\"subject\": ", "malformed-json", null),
                new Bad("no body", "anna", "police", null, "missing-body", null),
                new Bad("missing fields", "anna", "police", "{\"subject\": " + VALID_SUBJECT + "}", "invalid-input", "summary"),
                new Bad("an unknown urgency", "anna", "police", concernWith("\"urgency\": \"SOON\""), "invalid-input", "urgency"),
                new Bad("an unknown category", "anna", "police", concernWith("\"category\": \"GOSSIP\""), "invalid-input", "category"),
                new Bad("an unknown field", "anna", "police", concernWith("\"nickname\": \"x\""), "invalid-input", "nickname"),
                new Bad("a summary over 4000 characters", "anna", "police",
                        concernWith("\"summary\": \"" + "x".repeat(4001) + "\""), "invalid-input", "summary"),
                new Bad("a name over 100 characters", "anna", "police",
                        "{\"subject\": {\"givenName\": \"" + "n".repeat(101) + "\", \"ageBand\": \"OVER_25\"}, "
                                + "\"summary\": \"s\", \"urgency\": \"HIGH\", \"category\": \"OTHER\"}",
                        "invalid-input", "subject.givenName"),
                new Bad("a subject with no age", "anna", "police",
                        "{\"subject\": {\"givenName\": \"Sam\"}, \"summary\": \"s\", \"urgency\": \"HIGH\", \"category\": \"OTHER\"}",
                        "invalid-input", "subject"),
                new Bad("a date of birth that is not a date", "anna", "police",
                        "{\"subject\": {\"givenName\": \"Sam\", \"dateOfBirth\": \"12/04/2009\"}, \"summary\": \"s\", "
                                + "\"urgency\": \"HIGH\", \"category\": \"OTHER\"}",
                        "invalid-input", "subject.dateOfBirth"),
                new Bad("a summary of the wrong type", "anna", "police", concernWith("\"summary\": {\"text\": 1}"),
                        "invalid-input", "summary"),
                new Bad("a summary that is a boolean", "anna", "police", concernWith("\"summary\": false"),
                        "invalid-input", "summary"),
                new Bad("a summary that is a number", "anna", "police", concernWith("\"summary\": 12"),
                        "invalid-input", "summary"),
                new Bad("a blank summary", "anna", "police", concernWith("\"summary\": \"   \""),
                        "invalid-input", "summary"),
                new Bad("an urgency given as a number", "anna", "police", concernWith("\"urgency\": 1"),
                        "invalid-input", "urgency"),
                new Bad("a given name that is a boolean", "anna", "police",
                        "{\"subject\": {\"givenName\": true, \"ageBand\": \"OVER_25\"}, "
                                + "\"summary\": \"s\", \"urgency\": \"HIGH\", \"category\": \"OTHER\"}",
                        "invalid-input", "subject.givenName"),
                new Bad("an empty subject", "anna", "police", concernWith("\"subject\": {}"), "invalid-input", "subject"),
                new Bad("a date of birth in the future", "anna", "police",
                        "{\"subject\": {\"givenName\": \"Sam\", \"dateOfBirth\": \"" + LocalDate.now().plusDays(2)
                                + "\"}, \"summary\": \"s\", \"urgency\": \"HIGH\", \"category\": \"OTHER\"}",
                        "invalid-input", "subject.dateOfBirth").beyondTheDocument());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConcerns")
    void a_bad_request_to_raise_a_concern_is_refused_with_400_and_writes_nothing(Bad bad) {
        long before = events();

        Api client = bad.judged() ? api.refusedByTheDocument() : api.beyondTheDocument();
        Response response = client.post("/api/cases", bad.person(), bad.partner(), bad.body());

        assertProblem(response, 400, bad.code());
        if (bad.field() != null) {
            assertThat(response.json().path("errors").findValuesAsString("field")).contains(bad.field());
        }
        assertThat(events()).isEqualTo(before);
    }

    static Stream<Bad> badInformation() {
        return Stream.of(
                new Bad("source protection given as a number", "sofie", "school",
                        "{\"content\": \"x\", \"level\": \"AMBER\", \"sourceProtected\": 1}", "invalid-input", "sourceProtected"),
                new Bad("source protection given as text", "sofie", "school",
                        "{\"content\": \"x\", \"level\": \"AMBER\", \"sourceProtected\": \"true\"}", "invalid-input", "sourceProtected"),
                new Bad("content that is a boolean", "sofie", "school",
                        "{\"content\": false, \"level\": \"AMBER\"}", "invalid-input", "content"),
                new Bad("a level given as a number", "sofie", "school",
                        "{\"content\": \"x\", \"level\": 2}", "invalid-input", "level"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInformation")
    void information_of_the_wrong_json_type_is_refused_never_coerced(Bad bad) {
        String cases = openedCase();
        Api refused = api.refusedByTheDocument();
        assertRefused(() -> refused.post(cases + "/information", bad.person(), bad.partner(), bad.body()), 400, bad.code());
        assertThat(refused.post(cases + "/information", bad.person(), bad.partner(), bad.body()).json()
                .path("errors").findValuesAsString("field")).contains(bad.field());
    }

    @Test
    void a_command_without_a_token_is_refused_with_401_and_writes_nothing() {
        assertRefused(() -> api.post("/api/cases", null, null, concern()), 401, "unauthenticated");
    }

    @Test
    void a_read_with_an_unknown_token_is_refused_with_401() {
        Response response = api.getWithToken("/api/cases", "not-a-token-anyone-was-given");
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void a_case_with_more_than_50_participants_is_refused_naming_the_participants() {
        String cases = newCase();
        String many = IntStream.range(0, 50).mapToObj(i -> "\"partner-" + i + "\"").collect(Collectors.joining(", "));
        // 50 participants and a lead outside them: the document limits the list to 50, the lead is counted by the service.
        Response response = api.beyondTheDocument().post(cases + "/screening", "chris", "city",
                "{\"decision\": \"OPEN_CASE\", \"lead\": \"police\", \"participants\": [" + many + "]}");
        assertProblem(response, 400, "invalid-input");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("participants");
    }

    @Test
    void an_action_relying_on_more_than_100_items_is_refused_naming_them() {
        String cases = openedCase();
        String ids = IntStream.range(0, 101).mapToObj(i -> "\"" + UUID.randomUUID() + "\"").collect(Collectors.joining(", "));
        Response response = api.refusedByTheDocument().post(cases + "/actions", "chris", "city",
                "{\"assignee\": \"school\", \"description\": \"d\", \"dueDate\": \"" + LocalDate.now().plusDays(3)
                        + "\", \"reliesOn\": [" + ids + "]}");
        assertProblem(response, 400, "invalid-input");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("reliesOn");
    }

    @Test
    void a_partner_code_in_the_wrong_form_is_refused_naming_its_field() {
        String cases = openedCase();
        Response response = api.refusedByTheDocument().post(cases + "/actions", "chris", "city",
                "{\"assignee\": \"School!\", \"description\": \"d\", \"dueDate\": \"" + LocalDate.now().plusDays(3) + "\"}");
        assertProblem(response, 400, "invalid-input");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("assignee");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_and_writes_nothing() {
        String padded = concern().replaceFirst("\\{", "{" + " ".repeat(1_500_000));
        Api oversized = api.beyondTheDocument();
        assertRefused(() -> oversized.post("/api/cases", "anna", "police", padded), 413, "content-too-large");
        assertRefused(() -> oversized.postChunked("/api/cases", "anna", "police", padded), 413, "content-too-large");
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String padded = concern().replaceFirst("\\{", "{" + " ".repeat(1_000_000 - concern().length() - 1));
        assertThat(api.postChunked("/api/cases", "anna", "police", padded).status()).isEqualTo(201);
    }

    @Test
    void a_malformed_idempotency_key_is_refused_naming_the_header() {
        Response response = api.refusedByTheDocument()
                .post("/api/cases", "anna", "police", concern(), "Idempotency-Key", "a key with spaces");
        assertProblem(response, 400, "invalid-input");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        assertRefused(() -> api.refusedByTheDocument().postAs("text/plain", "/api/cases", "anna", "police", concern()), 415,
                "unsupported-media-type");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        assertProblem(api.refusedByTheDocument().get("/api/nothing-here"), 404, "not-found");
    }

    @Test
    void an_unknown_screening_decision_is_refused_naming_the_decision_field() {
        String cases = newCase();
        Api refused = api.refusedByTheDocument();
        assertRefused(() -> refused.post(cases + "/screening", "chris", "city", "{\"decision\": \"MAYBE\"}"), 400, "invalid-input");
        assertRefused(() -> refused.post(cases + "/screening", "chris", "city", "{\"reason\": \"x\"}"), 400, "invalid-input");
        assertThat(refused.post(cases + "/screening", "chris", "city", "{\"reason\": \"x\"}").json()
                .path("errors").findValuesAsString("field")).containsExactly("decision");
    }

    @Test
    void opening_a_case_needs_a_lead() {
        String cases = newCase();
        assertRefused(() -> api.refusedByTheDocument().post(cases + "/screening", "chris", "city",
                "{\"decision\": \"OPEN_CASE\", \"participants\": [\"school\"]}"), 400, "invalid-input");
    }

    @Test
    void a_malformed_case_id_is_refused_with_400() {
        assertRefused(() -> api.refusedByTheDocument().post("/api/cases/not-a-uuid/closure", "chris", "city", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"),
                400, "invalid-input");
    }

    @Test
    void a_command_on_an_unknown_case_is_refused_with_404() {
        assertRefused(() -> api.post("/api/cases/7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11/closure", "chris", "city",
                "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"), 404, "unknown-case");
        assertProblem(api.get("/api/cases/7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11"), 404, "unknown-case");
        assertProblem(api.get("/api/cases/7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11/audit"), 404, "unknown-case");
    }

    @Test
    void a_case_command_on_the_id_of_something_else_is_refused_as_an_unknown_case() {
        String session = api.post("/api/sessions", "chris", "city",
                "{\"startsAt\": \"2030-01-15T18:00:00Z\", \"place\": \"Town hall\"}").text("sessionId");
        assertRefused(() -> api.post("/api/cases/" + session + "/closure", "chris", "city",
                "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"), 404, "unknown-case");
    }

    @Test
    void withdrawing_unknown_information_is_refused_with_404() {
        String cases = openedCase();
        assertRefused(() -> api.post(cases + "/information/7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11/withdrawal",
                "anna", "police", null), 404, "unknown-information");
    }

    @Test
    void withdrawing_another_partners_information_is_refused_with_403() {
        String cases = openedCase();
        String item = api.post(cases + "/information", "sofie", "school", information("AMBER")).text("informationId");
        assertRefused(() -> api.post(cases + "/information/" + item + "/withdrawal", "anna", "police", "{}"),
                403, "not-the-owner");
    }

    @Test
    void completing_another_partners_action_is_refused_with_403() {
        String cases = openedCase();
        String actionId = api.post(cases + "/actions", "chris", "city", action("school", LocalDate.now().plusDays(3)))
                .text("actionId");
        assertRefused(() -> api.post(cases + "/actions/" + actionId + "/completion", "anna", "police",
                "{\"outcome\": \"done\"}"), 403, "not-the-assignee");
    }

    @Test
    void an_action_due_in_the_past_is_refused_with_409() {
        String cases = openedCase();
        assertRefused(() -> api.post(cases + "/actions", "chris", "city", action("school", LocalDate.now().minusDays(2))),
                409, "due-date-in-past");
    }

    @Test
    void screening_a_concern_twice_is_refused_with_409() {
        String cases = openedCase();
        assertRefused(() -> api.post(cases + "/screening", "chris", "city", "{\"decision\": \"DISMISS\", \"reason\": \"x\"}"),
                409, "concern-already-screened");
    }

    @Test
    void reopening_an_open_case_is_refused_with_409() {
        String cases = openedCase();
        assertRefused(() -> api.post(cases + "/reopening", "chris", "city", "{\"reason\": \"again\"}"), 409, "case-not-closed");
    }

    private void assertRefused(Supplier<Response> request, int status, String code) {
        long before = events();
        assertProblem(request.get(), status, code);
        assertThat(events()).isEqualTo(before);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("status")).isEqualTo(String.valueOf(status));
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(response.text("type")).isEqualTo("urn:roundtable:problem:" + code);
        assertThat(response.text("detail")).isNotBlank();
    }

    private String newCase() {
        return "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
    }

    private String openedCase() {
        String cases = newCase();
        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school")).status()).isEqualTo(204);
        return cases;
    }

    private static String concernWith(String override) {
        String field = override.substring(1, override.indexOf('"', 1));
        StringBuilder body = new StringBuilder("{\"subject\": " + VALID_SUBJECT);
        for (String[] pair : new String[][]{{"summary", "\"worried\""}, {"urgency", "\"HIGH\""}, {"category", "\"OTHER\""}}) {
            if (!pair[0].equals(field)) {
                body.append(", \"").append(pair[0]).append("\": ").append(pair[1]);
            }
        }
        return body.append(", ").append(override).append("}").toString();
    }

}
