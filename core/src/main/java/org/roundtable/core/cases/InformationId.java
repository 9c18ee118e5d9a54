package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;
import java.util.UUID;

/** One piece of information shared in a case. */
public record InformationId(@JsonValue UUID value) {

    /** From a UUID, as stored or as read from JSON: a UUID has no further rules. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InformationId {
        Objects.requireNonNull(value, "information id");
    }

    public static InformationId random() {
        return new InformationId(UUID.randomUUID());
    }

    /** An id someone typed: refused unless it is a UUID. */
    public static InformationId of(String value) {
        try {
            return new InformationId(UUID.fromString(Objects.requireNonNull(value, "information id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("", "'" + value + "' is not a valid information id");
        }
    }

    /** The same as {@link #of(String)}; Jackson reads a map key of this type with it (a snapshot's maps). */
    public static InformationId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
