package org.roundtable.service.api;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The published OpenAPI description matches what the API really asks and answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void commands_are_documented_with_the_actor_headers_the_idempotency_key_and_their_real_status() {
        JsonNode raise = new Api(port).get("/v3/api-docs").json().path("paths").path("/api/cases").path("post");

        assertThat(raise.path("parameters").findValuesAsString("name"))
                .containsExactlyInAnyOrder("X-Actor-Person", "X-Actor-Partner", "Idempotency-Key");
        assertThat(raise.path("parameters").findValuesAsString("in")).containsOnly("header");
        assertThat(raise.path("responses").has("201")).isTrue();
    }

    @Test
    void the_swagger_ui_is_served() {
        Api.Response ui = new Api(port).get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }
}
