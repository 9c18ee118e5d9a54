package org.roundtable.core.cases;

/** How soon a concern needs the round table's attention. */
public enum Urgency {
    /** Screened at the next session. */
    ROUTINE,
    /** Screened before the next session. */
    HIGH,
    /** Someone may be in danger now: the chair acts the same day. */
    IMMEDIATE
}
