package org.roundtable.projections.sessions;

import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;

import java.time.Instant;

/** A session in a list: when and where it meets, who chairs it and where it stands. It names no case. */
public record SessionSummary(SessionId sessionId, Instant startsAt, Venue venue, PersonId chairedBy,
                             SessionStatus status) {
}
