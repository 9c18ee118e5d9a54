package org.roundtable.service.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.service.commands.CommandDispatcher;
import org.roundtable.service.faults.TryAgain;
import org.roundtable.service.idempotency.AnsweredBefore;
import org.roundtable.service.idempotency.IdempotentRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends a command and answers once its events are committed, with the answer the controller prepared: the
 * read models that clients read right after a command are updated in the same transaction, so there is
 * nothing to wait for, and nothing runs after the commit that could turn a success into an error. A refused
 * command throws and writes nothing. The {@link CommandDispatcher} tries a command again when it met a
 * concurrent change or a failing read model.
 * <p>
 * With an {@code Idempotency-Key} header, the command happens once per person and key: a repeat answers the
 * first answer again (with {@code Idempotent-Replayed: true}) and writes nothing.
 */
@Component
class Commands {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final CommandDispatcher dispatcher;
    private final JsonMapper json;

    Commands(CommandDispatcher dispatcher, JsonMapper json) {
        this.dispatcher = dispatcher;
        this.json = json;
    }

    <T> ResponseEntity<T> send(ActorCommand command, ResponseEntity<T> answer) {
        return send(command, null, answer);
    }

    /**
     * As {@link #send(ActorCommand, ResponseEntity)}, for a decision taken at a session's table when
     * {@code decidedIn} names one: the command then carries it as metadata, and its events record it.
     */
    <T> ResponseEntity<T> send(ActorCommand command, @Nullable DecidedIn decidedIn, ResponseEntity<T> answer) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        if (decidedIn != null) {
            message = message.andMetaData(decidedIn.metaData());
        }
        HttpServletRequest request = currentRequest();
        String key = request == null ? null : idempotencyKey(request);
        if (key != null) {
            IdempotentRequest idempotent = new IdempotentRequest(key, fingerprint(request), stored(answer));
            message = message.andMetaData(Map.of(IdempotentRequest.METADATA, idempotent));
        }
        try {
            dispatcher.send(message);
            return answer;
        } catch (AnsweredBefore replay) {
            return replay(answer, replay.answer());
        }
    }

    /**
     * Sends a command that starts an aggregate under a name the client chose (a partner's code, a user name).
     * The event store takes a name once: when it holds one already, the answer is the given refusal.
     */
    <T> ResponseEntity<T> sendNew(ActorCommand command, ResponseEntity<T> answer, RuleViolation taken) {
        try {
            return send(command, answer);
        } catch (RuntimeException failure) {
            if (TryAgain.causeOf(failure, AggregateStreamCreationException.class).isPresent()) {
                throw taken;
            }
            throw failure;
        }
    }

    private static String idempotencyKey(HttpServletRequest request) {
        String header = request.getHeader(IDEMPOTENCY_KEY);
        if (header == null) {
            return null;
        }
        // RFC 8941 sends the key as a quoted string; many clients send it bare. Both are the same key.
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValue(IDEMPOTENCY_KEY, "an Idempotency-Key is 1 to 255 visible ASCII characters");
        }
        return key;
    }

    /** A SHA-256 of what was asked: method, path and body. The body itself is never kept. */
    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            digest.update((request.getMethod() + " " + request.getRequestURI() + query + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(RequestBodyLimit.body(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private IdempotentRequest.Answer stored(ResponseEntity<?> answer) {
        URI location = answer.getHeaders().getLocation();
        String body = answer.getBody() == null ? null : json.writeValueAsString(answer.getBody());
        return new IdempotentRequest.Answer(answer.getStatusCode().value(), location == null ? null : location.toString(), body);
    }

    @SuppressWarnings("unchecked")
    private <T> ResponseEntity<T> replay(ResponseEntity<T> answer, IdempotentRequest.Answer first) {
        ResponseEntity.BodyBuilder replay = ResponseEntity.status(first.status()).header(REPLAYED, "true");
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        if (first.body() == null || answer.getBody() == null) {
            return replay.build();
        }
        return replay.body((T) json.readValue(first.body(), answer.getBody().getClass()));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
