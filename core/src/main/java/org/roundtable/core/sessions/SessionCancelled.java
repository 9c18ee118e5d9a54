package org.roundtable.core.sessions;

import org.roundtable.core.common.PersonalText;

/** A planned session was called off, for a reason. */
public record SessionCancelled(SessionId sessionId, PersonalText reason) implements SessionEvent {
}
