package org.roundtable.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A partner's representative, by the user name they act under (not personal data about a subject). */
public record PersonId(@JsonValue String value) {

    public static final int MAX_LENGTH = 100;

    /** As stored; checks nothing. Use {@link #of(String)} for a name someone typed. */
    @StoredForm
    public PersonId {
    }

    /** A person's user name given for a command: 1 to 100 characters, surrounding spaces removed. */
    @JsonCreator
    public static PersonId of(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new InvalidValue("", "a person is named by 1 to " + MAX_LENGTH + " characters");
        }
        return new PersonId(name);
    }

    @Override
    public String toString() {
        return value;
    }
}
