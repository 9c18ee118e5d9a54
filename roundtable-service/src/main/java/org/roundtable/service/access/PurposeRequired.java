package org.roundtable.service.access;

/** A compliance reviewer looked without stating a purpose: answered 400 {@code purpose-required}. */
public class PurposeRequired extends RuntimeException {

    public PurposeRequired() {
        super("a compliance reviewer states the purpose of each look, in the purpose parameter");
    }
}
