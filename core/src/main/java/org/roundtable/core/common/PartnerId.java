package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A partner organisation at the round table, by its short code (for example {@code police}). */
public record PartnerId(@JsonValue String value) implements Comparable<PartnerId> {

    /** What a partner code looks like: 1 to 63 lower-case letters, digits or hyphens, not starting with a hyphen. */
    public static final String FORMAT = "[a-z0-9][a-z0-9-]{0,62}";

    private static final Pattern CODE = Pattern.compile(FORMAT);

    /** As stored; checks nothing. Use {@link #of(String)} for a code someone typed. */
    @StoredForm
    public PartnerId {
    }

    /** A partner code given for a command: refused unless it looks like one. */
    @JsonCreator
    public static PartnerId of(String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidValue("",
                    "a partner code is 1 to 63 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
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
