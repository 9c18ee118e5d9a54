package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A partner organisation at the round table, by its short code (for example {@code police}). */
public record PartnerId(@JsonValue String value) implements Comparable<PartnerId> {

    /** What a partner code looks like: 1 to 63 lower-case letters, digits or hyphens. */
    public static final String FORMAT = "[a-z0-9][a-z0-9-]{0,62}";

    private static final Pattern CODE = Pattern.compile(FORMAT);

    public PartnerId {
        Objects.requireNonNull(value, "partner code");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a partner code is 1 to 63 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
    }

    @JsonCreator
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
