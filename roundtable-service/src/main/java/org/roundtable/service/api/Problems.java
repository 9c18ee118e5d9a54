package org.roundtable.service.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Builds RFC 9457 problem documents. Each kind of refusal has a stable {@code type}
 * ({@code urn:roundtable:problem:<code>}) and the same {@code code} as a property, so a client tells
 * "screened twice" from "case closed" without reading the text.
 */
final class Problems {

    static final String TYPE_PREFIX = "urn:roundtable:problem:";

    private Problems() {
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A problem named after its status, for refusals that have no code of ours (405, 415, 413, ...). */
    static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
        return problem(status, codeOf(status), title, detail);
    }

    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** 503: the service cannot answer now; the client should try again after the given time. */
    static ResponseEntity<ProblemDetail> tryAgain(String code, String detail, Duration retryAfter) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, code, "Service Unavailable", detail);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One offending field (a JSON path such as {@code subject.ageBand}, or a header name) and what is wrong. */
    record FieldProblem(String field, String message) { }
}
