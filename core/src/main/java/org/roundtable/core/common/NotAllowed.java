package org.roundtable.core.common;

/** The acting partner may not do this (withdraw another partner's information, ...). */
public final class NotAllowed extends DomainException {

    public NotAllowed(String code, String message) {
        super(code, message);
    }
}
