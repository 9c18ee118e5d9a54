package org.roundtable.core.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;
import java.util.UUID;

/** One meeting of the round table. */
public record SessionId(@JsonValue UUID value) {

    /** From a UUID, as stored or as read from JSON: a UUID has no further rules. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /** An id someone typed: refused unless it is a UUID. */
    public static SessionId of(String value) {
        try {
            return new SessionId(UUID.fromString(Objects.requireNonNull(value, "session id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("", "'" + value + "' is not a valid session id");
        }
    }

    /** The same as {@link #of(String)}; Jackson reads a map key of this type with it (a snapshot's maps). */
    public static SessionId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
