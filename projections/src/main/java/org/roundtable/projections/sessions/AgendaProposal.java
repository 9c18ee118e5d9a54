package org.roundtable.projections.sessions;

import org.roundtable.core.sessions.SessionId;

import java.util.List;

/** The agenda the round table proposes for a session: the chair keeps what it wants of it, in its own order. */
public record AgendaProposal(SessionId sessionId, List<ProposedEntry> entries) {

    public AgendaProposal {
        entries = List.copyOf(entries);
    }
}
