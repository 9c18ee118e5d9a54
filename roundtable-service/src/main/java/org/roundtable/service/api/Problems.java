package org.roundtable.service.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * Builds RFC 9457 problem documents. Each kind of refusal has a stable {@code type}
 * ({@code urn:roundtable:problem:<code>}) and the same {@code code} as a property, so a client tells
 * "screened twice" from "case closed" without reading the text.
 */
final class Problems {

    static final String TYPE_PREFIX = "urn:roundtable:problem:";

    private Problems() {
    }

    static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
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

    /** One offending field (a JSON path such as {@code subject.ageBand}, or a header name) and what is wrong. */
    record FieldProblem(String field, String message) { }
}
