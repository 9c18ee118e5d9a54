package org.roundtable.core.sessions;

/**
 * Every event in a session's life. The hierarchy is sealed: a new event type is added here, and the tests that
 * walk every permitted type (its audit description, its place in the event catalogue) then demand what it needs.
 */
public sealed interface SessionEvent
        permits SessionScheduled, SessionRescheduled, SessionCancelled, AgendaItemAdded, AgendaItemDropped,
        AgendaReordered, AttendanceRecorded, ConfidentialityAgreed, ItemNoteRecorded, ActionCarriedForward, SessionClosed,
        MinutesCorrected {

    SessionId sessionId();
}
