package org.roundtable.projections.consents;

/** Where an owner's consent to an action stands. */
public enum ConsentStatus {
    /** Asked, not yet decided: the action cannot be completed. */
    PENDING,
    /** The action may rely on the information. */
    GRANTED,
    /** The action may not rely on the information, and cannot be completed. */
    REFUSED
}
