package org.roundtable.core.sessions;

/** How a partner took part in a session. */
public enum Attendance {
    /** At the table, represented by one of its people. */
    PRESENT,
    /** Excused beforehand. */
    APOLOGIES,
    /** Neither there nor excused. */
    ABSENT,
    /** Not there, but sent what it knows for the session instead. */
    INFORMATION_SENT
}
