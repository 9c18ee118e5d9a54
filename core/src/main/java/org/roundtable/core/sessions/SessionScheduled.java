package org.roundtable.core.sessions;

import org.roundtable.core.common.PersonId;

import java.time.Instant;

/** A session was planned: when it starts, where it meets, and the person who chairs it. */
public record SessionScheduled(SessionId sessionId, Instant startsAt, Venue venue, PersonId chairedBy) implements SessionEvent {
}
