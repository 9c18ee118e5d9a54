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

    public Response get(String path) {
        return send("GET", path, List.of(), null, HttpRequest.BodyPublishers.noBody());
    }

    private static void actor(List<String> headers, String person, String partner) {
        if (person != null) {
            headers.addAll(List.of("X-Actor-Person", person));
        }
        if (partner != null) {
            headers.addAll(List.of("X-Actor-Partner", partner));
        }
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
