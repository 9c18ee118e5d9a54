package org.roundtable.core.common;

/**
 * A command the domain refuses. {@link #code()} names the rule in a stable, machine-readable way
 * (for example {@code case-not-open}); the message says it in words a chair understands.
 */
public abstract sealed class DomainException extends RuntimeException
        permits RuleViolation, UnknownItem, NotAllowed, InvalidValue {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
