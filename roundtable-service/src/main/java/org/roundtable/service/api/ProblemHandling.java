package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.core.common.DomainException;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.service.access.PurposeRequired;
import org.roundtable.service.api.Problems.FieldProblem;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.idempotency.IdempotencyKeyReused;
import org.roundtable.service.identity.LoginRefused;
import org.roundtable.service.identity.Members;
import org.roundtable.service.identity.secrets.WeakPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Answers every refused or failed request with a problem document: 400 for malformed or invalid input, 403
 * for what the acting partner may not do, 404 for an unknown case, item, partner or person, 409 for a rule of
 * the case (or of a partner or an account) or a concurrent change, 422 for a reused Idempotency-Key, 503 (with
 * {@code Retry-After}) when the database cannot be reached or the service is busy, and 500, logged with an
 * incident id, for a fault of the service.
 * A refused command has written no event.
 */
@RestControllerAdvice(basePackageClasses = ProblemHandling.class)
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    /** Refusals by role or ownership are security events, logged apart from the service's own log. */
    private static final Logger SECURITY = LoggerFactory.getLogger("roundtable.security");

    private final RoundtableProperties properties;

    ProblemHandling(RoundtableProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        if (refusal instanceof NotAllowed) {
            SECURITY.warn("Refused {} to {}: {}", refusal.code(), Members.describeCurrent(), refusal.getMessage());
        }
        return Problems.answer(problemFor(refusal));
    }

    @ExceptionHandler(PurposeRequired.class)
    ResponseEntity<ProblemDetail> purposeRequired(PurposeRequired e) {
        return Problems.answer(Problems.problem(HttpStatus.BAD_REQUEST, "purpose-required", "Purpose required",
                e.getMessage()));
    }

    @ExceptionHandler(LoginRefused.class)
    ResponseEntity<ProblemDetail> loginRefused(LoginRefused refused) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"roundtable\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.UNAUTHORIZED, refused.code(), "Unauthorized", refused.getMessage()));
    }

    @ExceptionHandler(WeakPassword.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPassword weak) {
        return Problems.answer(Problems.problem(HttpStatus.BAD_REQUEST, "weak-password", "Weak password",
                String.join("; ", weak.problems())));
    }

    @ExceptionHandler(CaseNotFound.class)
    ResponseEntity<ProblemDetail> unknownCase(CaseNotFound e) {
        return Problems.answer(unknownCase());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return Problems.answer(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency-Key reused", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName();
        return Problems.answer(Problems.invalid(message, List.of(new FieldProblem(e.getName(), message))));
    }

    /**
     * Everything else: a refusal or conflict that arrived wrapped (by the command bus, a future), the
     * database out of reach, or a fault of the service.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception failure) {
        var refusal = TryAgain.causeOf(failure, DomainException.class);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        if (TryAgain.causeOf(failure, ConcurrencyException.class).isPresent()
                || TryAgain.causeOf(failure, AggregateStreamCreationException.class).isPresent()) {
            return Problems.answer(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
                    "someone else changed this case at the same moment; try again"));
        }
        var missing = TryAgain.causeOf(failure, AggregateNotFoundException.class);
        if (missing.isPresent()) {
            return Problems.answer(unknownTarget(missing.get()));
        }
        if (TryAgain.causeOf(failure, CaseNotFound.class).isPresent()
                || TryAgain.causeOf(failure, IncompatibleAggregateException.class).isPresent()) {
            // A case's id that is another aggregate's (a session's): to a case command there is no such case.
            return Problems.answer(unknownCase());
        }
        var tryAgain = TryAgain.of(failure);
        if (tryAgain.isPresent()) {
            log.warn("Answered 503 ({}): {}", tryAgain.get().code(), failure.toString());
            return Problems.tryAgain(tryAgain.get().code(), tryAgain.get().detail(), properties.commands().retryAfter());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: an unexpected failure of the service", incident, failure);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal Server Error", "the service failed to handle this request; the incident is logged as " + incident);
        problem.setProperty("incident", incident);
        return Problems.answer(problem);
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
        JacksonException jackson = TryAgain.causeOf(e.getCause(), JacksonException.class).orElse(null);
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
            String code = Problems.codeOf(status);
            problem.setType(URI.create(Problems.TYPE_PREFIX + code));
            problem.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail problemFor(DomainException refusal) {
        if (refusal instanceof InvalidValue invalid) {
            String field = invalid.field();
            return Problems.invalid(field.isEmpty() ? invalid.getMessage() : field + ": " + invalid.getMessage(),
                    List.of(new FieldProblem(field, invalid.getMessage())));
        }
        HttpStatus status = HttpStatus.CONFLICT;
        if (refusal instanceof UnknownItem) {
            status = HttpStatus.NOT_FOUND;
        } else if (refusal instanceof NotAllowed) {
            status = HttpStatus.FORBIDDEN;
        }
        return Problems.problem(status, refusal.code(), status.getReasonPhrase(), refusal.getMessage());
    }

    /**
     * A command for something that has no events yet: its stream's key says what it is (see {@link
     * org.roundtable.core.people.Partner#key} and {@link org.roundtable.core.people.Person#key}; a case's key is
     * its id).
     */
    private static ProblemDetail unknownTarget(AggregateNotFoundException missing) {
        String key = String.valueOf(missing.getAggregateIdentifier());
        if (key.startsWith("partner:")) {
            return Problems.problem(HttpStatus.NOT_FOUND, "unknown-partner", "Not Found", "there is no such partner");
        }
        if (key.startsWith("person:")) {
            return Problems.problem(HttpStatus.NOT_FOUND, "unknown-person", "Not Found", "there is no such person");
        }
        return unknownCase();
    }

    private static ProblemDetail unknownCase() {
        return Problems.problem(HttpStatus.NOT_FOUND, "unknown-case", "Not Found", "there is no such case");
    }

    private static ProblemDetail unreadable(JacksonException cause) {
        if (cause instanceof StreamReadException) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "the request body is not well-formed JSON");
        }
        String path = path(cause);
        var invalidValue = TryAgain.causeOf(cause, InvalidValue.class);
        if (invalidValue.isPresent()) {
            String field = invalidValue.get().field().isEmpty() ? path : invalidValue.get().at(path).field();
            String message = invalidValue.get().getMessage();
            return Problems.invalid(field + ": " + message, List.of(new FieldProblem(field, message)));
        }
        if (cause instanceof InvalidTypeIdException invalid) {
            String field = join(path, typeProperty(invalid));
            String message = "is missing or not one of the known kinds";
            return Problems.invalid(field + ": " + message, List.of(new FieldProblem(field, message)));
        }
        if (!cause.getPath().isEmpty()) {
            String message = describe(cause);
            return Problems.invalid(path + ": " + message, List.of(new FieldProblem(path, message)));
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
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + expected(mismatched.getTargetType());
        }
        return "has the wrong type or is missing";
    }

    /** What a JSON value must be for a target type, in words. */
    private static String expected(Class<?> target) {
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.toString(target.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        return "a JSON value of the right type (for text, a string)";
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
