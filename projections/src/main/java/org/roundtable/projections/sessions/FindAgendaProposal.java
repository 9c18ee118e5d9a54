package org.roundtable.projections.sessions;

import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sharing.Reader;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Asks for the agenda the round table proposes for a session, for the chair; empty when the session is unknown
 * or the reader is not the chair.
 *
 * @param zone           the round table's time zone: an action is overdue when its due date is before the day the
 *                       session starts, there
 * @param minutesPerItem the minutes each proposed item suggests
 */
public record FindAgendaProposal(Reader reader, SessionId sessionId, ZoneId zone, int minutesPerItem) {

    public FindAgendaProposal {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(zone, "zone");
    }
}
