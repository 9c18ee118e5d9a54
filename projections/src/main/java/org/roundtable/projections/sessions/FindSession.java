package org.roundtable.projections.sessions;

import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/** Asks for one session as this reader may see it; empty when it is unknown or the reader may see no sessions. */
public record FindSession(Reader reader, SessionId sessionId) {

    public FindSession {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
