package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.core.common.DomainException;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.service.api.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers every refused request with a problem document: 400 for malformed or invalid input, 403 for what
 * the acting partner may not do, 404 for an unknown case or item, 409 for a rule of the case or a
 * concurrent change. A refused command has written no event.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refusal) {
        HttpStatus status = HttpStatus.CONFLICT;
        if (refusal instanceof UnknownItem) {
            status = HttpStatus.NOT_FOUND;
        } else if (refusal instanceof NotAllowed) {
            status = HttpStatus.FORBIDDEN;
        }
        return Problems.problem(status, refusal.code(), status.getReasonPhrase(), refusal.getMessage());
    }

    @ExceptionHandler({AggregateNotFoundException.class, CaseNotFound.class})
    ProblemDetail unknownCase(Exception e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "unknown-case", "Not Found", "there is no such case");
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e) {
        return Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
                "someone else changed this case at the same moment; try again");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException refusal) {
            return refused(refusal);
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return concurrentChange((Exception) cause);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return unknownCase(notFound);
        }
        throw e;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return Problems.invalid(e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    /** Value types refuse what they cannot hold; at this layer that comes from what a client sent. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        log.debug("refused input", e);
        return Problems.invalid(e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName();
        return Problems.invalid(message, List.of(new FieldProblem(e.getName(), message)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            // Spring's own complaint (no body at all), not a JSON parser's.
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "missing-body",
                    "Missing body", "the request needs a JSON body"));
        }
        return ResponseEntity.badRequest().body(unreadable(jackson));
    }

    /**
     * Spring's own refusals (415 unsupported media type, 405 method not allowed, 404 no such path, ...) get
     * the same {@code type} and {@code code} as ours, named after their status.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String code = known == null ? "http-" + status.value()
                    : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            problem.setType(URI.create(Problems.TYPE_PREFIX + code));
            problem.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** The parser's own exception: it knows the path; its causes (a date that does not parse, ...) do not. */
    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static ProblemDetail unreadable(JacksonException cause) {
        if (cause instanceof StreamReadException) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "the request body is not well-formed JSON");
        }
        if (cause instanceof InvalidTypeIdException invalid) {
            String field = join(path(invalid), typeProperty(invalid));
            String message = "is missing or not one of the known kinds";
            return Problems.invalid(field + ": " + message, List.of(new FieldProblem(field, message)));
        }
        if (!cause.getPath().isEmpty()) {
            String field = path(cause);
            String message = describe(cause);
            return Problems.invalid(field + ": " + message, List.of(new FieldProblem(field, message)));
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
                "the request body could not be read as the expected JSON");
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not valid here";
        }
        return "has the wrong type or is missing";
    }

    /** The property that names a polymorphic request's kind, such as {@code decision}. */
    private static String typeProperty(InvalidTypeIdException e) {
        JsonTypeInfo info = e.getBaseType() == null ? null : e.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
        return info == null ? "type" : info.property();
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
