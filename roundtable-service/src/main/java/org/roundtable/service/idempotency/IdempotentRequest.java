package org.roundtable.service.idempotency;

import java.util.Objects;

/**
 * A command sent with an {@code Idempotency-Key}: the key, the fingerprint of the request it came with (a
 * SHA-256 of method, path and body, never the body itself: it may hold personal data), and the answer the
 * command will have once committed. It travels with the command as metadata under {@value #METADATA} and
 * never reaches an event.
 */
public record IdempotentRequest(String key, String fingerprint, Answer answer) {

    public static final String METADATA = "roundtable.idempotentRequest";

    public IdempotentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(answer, "answer");
    }

    /** The answer to a command: status, the Location header if any, and the JSON body if any. */
    public record Answer(int status, String location, String body) { }
}
