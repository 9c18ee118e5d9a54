package org.roundtable.core.sessions;

/** Why an action still open when a session closes comes back on the next agenda. */
public enum CarryForwardReason {
    /** The partner has not done it yet. */
    NOT_DONE_BY_PARTNER,
    /** Circumstances changed: the round table looks at it again. */
    CIRCUMSTANCES_CHANGED
}
