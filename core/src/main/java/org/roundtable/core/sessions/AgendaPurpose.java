package org.roundtable.core.sessions;

/** Why a case is on a session's agenda. */
public enum AgendaPurpose {
    /** A concern waits for screening. */
    SCREENING,
    /** The case's review falls due before the session. */
    REVIEW,
    /** An action in the case is past its due date. */
    OVERDUE_ACTION,
    /** An action left open at an earlier session was carried forward. */
    CARRIED_FORWARD,
    /** The chair or a partner asked to discuss the case. */
    DISCUSSION
}
