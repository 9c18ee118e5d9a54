package org.roundtable.core.sessions;

/** Where a session stands. */
public enum SessionStatus {
    /** Planned: its agenda, attendance and notes can still change. */
    SCHEDULED,
    /** Held and closed by the chair: its minutes are final; only corrections, as new events, follow. */
    CLOSED,
    /** Called off, with a reason: nothing more happens in it. */
    CANCELLED
}
