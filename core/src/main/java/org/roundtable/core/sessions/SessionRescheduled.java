package org.roundtable.core.sessions;

import java.time.Instant;

/** A planned session moved to another time or place. */
public record SessionRescheduled(SessionId sessionId, Instant startsAt, Venue venue) implements SessionEvent {
}
