package org.roundtable.core.sessions;

/** The chair closed the session: its minutes are final. */
public record SessionClosed(SessionId sessionId) implements SessionEvent {
}
