package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Free text written about people: a concern's summary, shared information, reasons, outcomes.
 * It is personal data; keeping it in this one type lets a serializer encrypt it per subject later, so that
 * destroying the subject's key erases it from immutable events.
 */
public record PersonalText(@JsonValue String text) {

    public static final int MAX_LENGTH = 4000;

    public PersonalText {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + MAX_LENGTH + " characters");
        }
    }

    @JsonCreator
    public static PersonalText of(String text) {
        return new PersonalText(text);
    }

    /** The text, or null when none was given: for optional fields. */
    public static PersonalText ofNullable(String text) {
        return text == null || text.isBlank() ? null : new PersonalText(text);
    }

    @Override
    public String toString() {
        return "PersonalText[redacted]";
    }
}
