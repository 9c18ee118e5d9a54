package org.roundtable.service.identity;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing answers without authentication but logging in, health and the API documentation; every answer
 * carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthenticationRequiredTest {

    private static final String ID = "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_operation_of_the_api_but_logging_in_answers_401_without_a_token() throws Exception {
        JsonNode paths = new Api(port).getAnonymously("/v3/api-docs").json().path("paths");
        List<String> checked = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                if (operation.equals("POST /api/tokens")) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", ID);
                HttpResponse<String> answer = send(method.getKey().toUpperCase(), concrete, null);
                assertThat(answer.statusCode()).as(operation).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).as(operation).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                checked.add(operation);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void the_operators_endpoints_need_a_login_and_the_administrator() throws Exception {
        assertThat(send("GET", "/actuator/readmodels", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
        String annasToken = new Api(port).post("/api/tokens", null, null,
                "{\"username\": \"anna\", \"password\": \"demo\"}").text("token");
        assertThat(send("GET", "/actuator/readmodels", annasToken).statusCode()).isEqualTo(403);
        assertThat(new Api(port).get("/actuator/readmodels").status()).as("as the administrator").isEqualTo(200);
    }

    @Test
    void health_and_the_api_documentation_answer_without_a_login() throws Exception {
        assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (HttpResponse<String> answer : List.of(send("GET", "/api/cases", null), send("GET", "/actuator/health", null),
                send("POST", "/api/tokens", null))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
