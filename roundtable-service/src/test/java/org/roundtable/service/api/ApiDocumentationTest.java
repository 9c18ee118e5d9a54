package org.roundtable.service.api;

import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Contract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the published OpenAPI description promises beyond any single exchange (those are checked in every HTTP
 * test, see {@code support.Api}): each operation is described, refuses with problem documents, and shows
 * request examples that are themselves valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void read() {
        document = new Api(port).get("/v3/api-docs").json();
    }

    @Test
    void the_document_says_who_answers_for_it_under_which_licence_and_where() {
        assertThat(document.path("openapi").asString()).startsWith("3.0");
        assertThat(document.path("info").path("contact").path("name").asString()).isNotBlank();
        assertThat(document.path("info").path("license").path("name").asString()).isNotBlank();
        assertThat(document.path("servers").findValuesAsString("url")).containsExactly("/");
        assertThat(document.path("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void every_operation_has_an_id_a_summary_a_description_a_described_tag_and_example_path_values() {
        List<String> tags = document.path("tags").findValuesAsString("name");
        operations().forEach((name, operation) -> {
            assertThat(operation.path("operationId").asString()).as(name).isNotBlank();
            assertThat(operation.path("summary").asString()).as(name).isNotBlank();
            assertThat(operation.path("description").asString()).as(name).isNotBlank();
            assertThat(operation.path("tags").valueStream().map(JsonNode::asString).toList()).as(name)
                    .singleElement().isIn(tags);
            operation.path("parameters").valueStream().filter(p -> p.path("in").asString().equals("path"))
                    .forEach(p -> assertThat(p.has("example")).as(name + " " + p.path("name").asString()).isTrue());
        });
        assertThat(document.path("tags").findValuesAsString("description")).allMatch(d -> !d.isBlank());
    }

    @Test
    void every_operation_answers_its_refusals_and_failures_with_problem_documents() {
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.propertyNames()).as(name).contains("406", "500", "503");
            responses.propertyNames().stream().filter(status -> status.compareTo("400") >= 0).forEach(status ->
                    assertThat(responses.path(status).path("content").path("application/problem+json")
                            .path("schema").path("$ref").asString()).as(name + " " + status)
                            .isEqualTo("#/components/schemas/Problem"));
            responses.propertyNames().stream().filter(status -> status.startsWith("2")).forEach(status ->
                    assertThat(responses.path(status).path("content").propertyNames()).as(name + " " + status)
                            .isSubsetOf("application/json"));
            assertThat(responses.path("503").path("headers").has("Retry-After")).as(name).isTrue();
        });
    }

    @Test
    void the_problem_document_lists_every_code_of_the_catalogue() {
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "code", "errors");
        assertThat(problem.path("properties").path("code").path("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(ProblemType.codes());
    }

    @Test
    void commands_need_a_bearer_token_and_take_an_idempotency_key() {
        JsonNode raise = document.path("paths").path("/api/cases").path("post");

        assertThat(raise.path("parameters").findValuesAsString("name")).containsExactly("Idempotency-Key");
        assertThat(raise.path("responses").path("201").path("headers").has("Location")).isTrue();
        assertThat(raise.path("responses").has("401")).isTrue();
        assertThat(document.path("security").get(0).has("bearer")).isTrue();
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void only_logging_in_needs_no_token() {
        operations().forEach((name, operation) -> {
            boolean open = operation.has("security") && operation.path("security").isEmpty();
            assertThat(open).as(name).isEqualTo(name.equals("POST /api/tokens"));
        });
    }

    @Test
    void every_request_body_has_examples_and_each_is_a_request_the_document_accepts() {
        Contract contract = Contract.servedAt("http://localhost:" + port);
        Map<String, JsonNode> withBodies = new LinkedHashMap<>();
        operations().forEach((name, operation) -> {
            if (operation.has("requestBody")) {
                withBodies.put(name, operation);
            }
        });
        assertThat(withBodies).hasSize(ApiExamples.BY_OPERATION.size());
        withBodies.forEach((name, operation) -> {
            JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
            assertThat(examples.propertyNames()).as(name).isNotEmpty();
            String path = name.substring(name.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10");
            examples.propertyNames().forEach(example -> {
                ValidationReport report = contract.checkRequest("POST", path, Map.of(
                        "Content-Type", List.of("application/json"),
                        "Authorization", List.of("Bearer an-example-token")), examples.path(example).path("value").toString());
                assertThat(report.getMessages()).as(name + " example " + example).isEmpty();
            });
        });
    }

    @Test
    void the_swagger_ui_is_served() {
        Api.Response ui = new Api(port).get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    /** Every operation, by "METHOD path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        assertThat(operations).isNotEmpty();
        return operations;
    }
}
