package org.roundtable.service.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API description a running service serves at {@code /v3/api-docs}, as a validator of requests and
 * answers: what the HTTP tests send and receive is checked against it, so the document and the code cannot
 * drift apart unnoticed.
 */
public final class Contract {

    private static final Map<String, Contract> SERVED = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;

    private Contract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    /** The contract served at this base URL, read once. */
    public static Contract servedAt(String base) {
        return SERVED.computeIfAbsent(base, url -> new Contract(fetch(url + "/v3/api-docs")));
    }

    /** Whether the path is one the document speaks for. */
    public static boolean covers(String path) {
        return path.startsWith("/api/");
    }

    public ValidationReport checkRequest(String method, String path, Map<String, List<String>> headers, String body) {
        return validator.validateRequest(request(method, path, headers, body));
    }

    public ValidationReport checkResponse(String method, String path, int status, Map<String, List<String>> headers,
                                          String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        return validator.validateResponse(pathOnly(path), Request.Method.valueOf(method), response.build());
    }

    private static SimpleRequest request(String method, String path, Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, pathOnly(path));
        headers.forEach(request::withHeader);
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the API description at " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
