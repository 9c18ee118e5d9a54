package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A partner's representative, by the user name they act under (not personal data about a subject). */
public record PersonId(@JsonValue String value) {

    public static final int MAX_LENGTH = 100;

    public PersonId {
        Objects.requireNonNull(value, "person");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a person is named by 1 to " + MAX_LENGTH + " characters");
        }
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
