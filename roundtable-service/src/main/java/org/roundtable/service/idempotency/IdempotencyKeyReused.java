package org.roundtable.service.idempotency;

/** The Idempotency-Key was used before by the same person for a different request: refused with 422. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used before for a different request; use a new key for a new request");
    }
}
