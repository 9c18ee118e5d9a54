package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;
import java.util.UUID;

/** One action agreed in a case. */
public record ActionId(@JsonValue UUID value) {

    /** From a UUID, as stored or as read from JSON: a UUID has no further rules. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActionId {
        Objects.requireNonNull(value, "action id");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    /** An id someone typed: refused unless it is a UUID. */
    public static ActionId of(String value) {
        try {
            return new ActionId(UUID.fromString(Objects.requireNonNull(value, "action id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("", "'" + value + "' is not a valid action id");
        }
    }

    /** The same as {@link #of(String)}; Jackson reads a map key of this type with it (a snapshot's maps). */
    public static ActionId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
