package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;
import java.util.UUID;

/** A case, for machines; people use its {@link CaseNumber}. */
public record CaseId(@JsonValue UUID value) {

    /** From a UUID, as stored or as read from JSON: a UUID has no further rules. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** An id someone typed: refused unless it is a UUID. */
    public static CaseId of(String value) {
        try {
            return new CaseId(UUID.fromString(Objects.requireNonNull(value, "case id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("", "'" + value + "' is not a valid case id");
        }
    }

    /** The same as {@link #of(String)}; Jackson reads a map key of this type with it (a snapshot's maps). */
    public static CaseId fromString(String value) {
        return of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
