package org.roundtable.projections.sessions;

import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/** Asks for the upcoming or the past sessions; empty for a reader who may see no sessions. */
public record FindSessions(Reader reader, SessionPeriod period) {

    public FindSessions {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(period, "period");
    }
}
