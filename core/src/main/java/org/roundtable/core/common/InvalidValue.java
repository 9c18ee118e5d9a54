package org.roundtable.core.common;

/**
 * A value that breaks its own rules: a blank text, a malformed partner code, too many participants. Thrown
 * when a value is made for a command, never when a stored event is read back. {@link #field()} names the
 * offending field relative to what was being made (empty when the value itself is meant), so the API can
 * point at it.
 */
public final class InvalidValue extends DomainException {

    public static final String CODE = "invalid-input";

    private final String field;

    public InvalidValue(String field, String message) {
        super(CODE, message);
        this.field = field == null ? "" : field;
    }

    /** The field, relative to the value or command being made, such as {@code givenName}; empty for the value itself. */
    public String field() {
        return field;
    }

    /** The same refusal, seen from the field that holds the value: {@code subject} + {@code givenName}. */
    public InvalidValue at(String parent) {
        return new InvalidValue(field.isEmpty() ? parent : parent + "." + field, getMessage());
    }
}
