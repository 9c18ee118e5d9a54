package org.roundtable.projections.sessions;

/** Which sessions a list holds. */
public enum SessionPeriod {
    /** Sessions still scheduled (to be held, or under way and not yet closed), soonest first. */
    UPCOMING,
    /** Sessions closed or cancelled, the latest first. */
    PAST
}
