package org.roundtable.core.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;
import java.util.UUID;

/** One item on a session's agenda. */
public record AgendaItemId(@JsonValue UUID value) {

    /** From a UUID, as stored or as read from JSON: a UUID has no further rules. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AgendaItemId {
        Objects.requireNonNull(value, "agenda item id");
    }

    public static AgendaItemId random() {
        return new AgendaItemId(UUID.randomUUID());
    }

    /** An id someone typed: refused unless it is a UUID. */
    public static AgendaItemId of(String value) {
        try {
            return new AgendaItemId(UUID.fromString(Objects.requireNonNull(value, "agenda item id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("", "'" + value + "' is not a valid agenda item id");
        }
    }

    /** The same as {@link #of(String)}; Jackson reads a map key of this type with it (a snapshot's maps). */
    public static AgendaItemId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
