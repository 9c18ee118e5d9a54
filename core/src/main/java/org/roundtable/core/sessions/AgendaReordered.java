package org.roundtable.core.sessions;

import java.util.List;

/** The agenda's items were put in this order. */
public record AgendaReordered(SessionId sessionId, List<AgendaItemId> order) implements SessionEvent {

    public AgendaReordered {
        order = order == null ? List.of() : List.copyOf(order);
    }
}
