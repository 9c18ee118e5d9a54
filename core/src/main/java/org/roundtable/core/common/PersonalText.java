package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/**
 * Free text written about people: a concern's summary, shared information, reasons, outcomes. It is
 * personal data; keeping it in this one type lets a serializer encrypt it per subject, so that destroying
 * the subject's key erases it from immutable events. An erased text has no {@link #text()}; it is stored
 * as {@code {"erased": true}} and views show it as erased.
 */
public record PersonalText(String text) {

    public static final int MAX_LENGTH = 4000;

    /** A text whose content has been erased: the event still shows that something was written. */
    public static final PersonalText ERASED = new PersonalText(null);

    /** As stored, or {@link #ERASED} when text is null; checks nothing. Use {@link #of(String)} for typed text. */
    public PersonalText {
    }

    /** Text given for a command: not blank, at most {@value #MAX_LENGTH} characters. */
    @JsonCreator
    public static PersonalText of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("", "text must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValue("", "text must be at most " + MAX_LENGTH + " characters");
        }
        return new PersonalText(text);
    }

    /** Optional text given for a command: absent (null) when none or only spaces were given, else as {@link #of}. */
    public static PersonalText ofNullable(String text) {
        return text == null || text.isBlank() ? null : of(text);
    }

    /** Reads the stored form: a string is the text; anything else (the erased marker, an unreadable value) is erased. */
    @StoredForm
    public static PersonalText stored(Object stored) {
        return stored instanceof String text ? new PersonalText(text) : ERASED;
    }

    /** The stored form: the text itself, or {@code {"erased": true}}. */
    @JsonValue
    public Object storedForm() {
        return isErased() ? Map.of("erased", true) : text;
    }

    public boolean isErased() {
        return text == null;
    }

    @Override
    public String toString() {
        return isErased() ? "PersonalText[erased]" : "PersonalText[redacted]";
    }
}
