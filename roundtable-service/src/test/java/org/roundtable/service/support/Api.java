package org.roundtable.service.support;

import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talks to the running service over real HTTP, as a client would, and holds every exchange with the API to
 * its published description ({@link Contract}): each answer must be one the document declares, and each
 * request one it accepts, unless the test says the request is one the document refuses too
 * ({@link #refusedByTheDocument()}) or one it cannot judge ({@link #beyondTheDocument()}).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What the API description must say of the requests this client sends. */
    private enum Requests { VALID, REFUSED, NOT_JUDGED }

    private final String base;
    private final Requests requests;

    public Api(int port) {
        this("http://localhost:" + port, Requests.VALID);
    }

    private Api(String base, Requests requests) {
        this.base = base;
        this.requests = requests;
    }

    /** A client whose requests break the API description, which must say so: the document refuses what the service refuses. */
    public Api refusedByTheDocument() {
        return new Api(base, Requests.REFUSED);
    }

    /**
     * A client whose requests the API description cannot judge (a body over the size limit, a rule about today's
     * date): the answers are still checked.
     */
    public Api beyondTheDocument() {
        return new Api(base, Requests.NOT_JUDGED);
    }

    /** A POST as the given person of the given partner, with more headers given as name, value, name, value... */
    public Response post(String path, String person, String partner, String json, String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        headers.addAll(List.of(moreHeaders));
        actor(headers, person, partner);
        return send("POST", path, headers, json,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    /** A POST whose body is sent in chunks, without saying its length first. */
    public Response postChunked(String path, String person, String partner, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        actor(headers, person, partner);
        return send("POST", path, headers, json, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    /** A POST with a body of the given content type, as the given person of the given partner. */
    public Response postAs(String contentType, String path, String person, String partner, String body) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", contentType));
        actor(headers, person, partner);
        return send("POST", path, headers, body, HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * A GET: of the API as the chair (who may read every case), of the operator's endpoints as the administrator,
     * of anything else (health, the API documentation) without logging in.
     */
    public Response get(String path) {
        if (Contract.covers(path)) {
            return getAs(path, "chris");
        }
        if (path.startsWith("/actuator/") && !path.startsWith("/actuator/health")) {
            return getAs(path, "ada");
        }
        return getAnonymously(path);
    }

    /** A GET without logging in. */
    public Response getAnonymously(String path) {
        return send("GET", path, List.of(), null, HttpRequest.BodyPublishers.noBody());
    }

    /**
     * Logs the person in (password {@code demo}: the tests run with the demo round table's people) and adds
     * their bearer token; the partner named must be the person's own. No person: no token.
     */
    private void actor(List<String> headers, String person, String partner) {
        if (person != null) {
            Login login = LOGINS.computeIfAbsent(base + " " + person, key -> logIn(person));
            if (partner != null && !partner.equals(login.partner())) {
                throw new AssertionError(person + " acts for " + login.partner() + ", not " + partner);
            }
            headers.addAll(List.of("Authorization", "Bearer " + login.token()));
        }
    }

    /** A person's token and partner. */
    private record Login(String token, String partner) { }

    private static final Map<String, Login> LOGINS = new java.util.concurrent.ConcurrentHashMap<>();

    private Login logIn(String person) {
        Response answer = new Api(base, Requests.VALID).post("/api/tokens", null, null,
                "{\"username\": \"" + person + "\", \"password\": \"demo\"}");
        if (answer.status() != 201) {
            throw new AssertionError("cannot log in as " + person + ": " + answer.status() + " " + answer.body());
        }
        return new Login(answer.text("token"), answer.text("partner"));
    }

    /** A request with a bearer token of one's own choosing (a revoked, expired or made-up one). */
    public Response getWithToken(String path, String token) {
        return send("GET", path, List.of("Authorization", "Bearer " + token), null, HttpRequest.BodyPublishers.noBody());
    }

    /** A POST with a bearer token of one's own choosing (a provider's JWT, say). */
    public Response postWithToken(String path, String token, String json) {
        return send("POST", path, List.of("Content-Type", "application/json", "Authorization", "Bearer " + token), json,
                HttpRequest.BodyPublishers.ofString(json));
    }

    /** A DELETE with a bearer token of one's own choosing. */
    public Response deleteWithToken(String path, String token) {
        return send("DELETE", path, List.of("Authorization", "Bearer " + token), null, HttpRequest.BodyPublishers.noBody());
    }

    /** A GET as the given person. */
    public Response getAs(String path, String person) {
        List<String> headers = new ArrayList<>();
        actor(headers, person, null);
        return send("GET", path, headers, null, HttpRequest.BodyPublishers.noBody());
    }

    private Response send(String method, String path, List<String> headers, String body, HttpRequest.BodyPublisher publisher) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, publisher);
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
            sent.computeIfAbsent(headers.get(i), name -> new ArrayList<>()).add(headers.get(i + 1));
        }
        Response response = exchange(request.build());
        if (Contract.covers(path)) {
            holdToTheContract(method, path, sent, body, response);
        }
        return response;
    }

    private void holdToTheContract(String method, String path, Map<String, List<String>> headers, String body,
                                   Response response) {
        Contract contract = Contract.servedAt(base);
        ValidationReport request = contract.checkRequest(method, path, headers, body);
        if (requests == Requests.VALID && request.hasErrors()) {
            throw new AssertionError("The API description refuses this request, which it should accept:\n"
                    + method + " " + path + " " + body + "\n" + request);
        }
        if (requests == Requests.REFUSED && !request.hasErrors()) {
            throw new AssertionError("The API description accepts this request, which the service refuses "
                    + "(answered " + response.status() + "):\n" + method + " " + path + " " + body);
        }
        if (request.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing"))) {
            return; // no operation of the document to hold the answer to
        }
        ValidationReport answer = contract.checkResponse(method, path, response.status(), response.headers(), response.body());
        if (answer.hasErrors()) {
            throw new AssertionError("The API description does not declare this answer:\n" + method + " " + path
                    + " -> " + response.status() + " " + response.body() + "\n" + answer);
        }
    }

    private static Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, content type, location, and the body (parsed on demand). */
    public record Response(int status, String contentType, String location, String body,
                           Map<String, List<String>> headers) {

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }
    }
}
