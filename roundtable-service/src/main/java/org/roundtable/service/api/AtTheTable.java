package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.SessionId;

import java.util.UUID;

/**
 * The two query parameters with which a decision on a case names the session, and the item on its agenda, at
 * which the round table took it: {@value #SESSION} and {@value #ITEM}, both or neither.
 */
final class AtTheTable {

    static final String SESSION = "decidedInSession";
    static final String ITEM = "decidedAtItem";
    static final String SESSION_DESCRIPTION = """
            the session at whose table the round table took this decision; with `decidedAtItem`, the agenda item about
            this case. The session must have begun and still be open; the decision's events then name both, and the
            session's minutes list the decision under that item""";
    static final String ITEM_DESCRIPTION = "the agenda item, about this case, at which the decision was taken";

    private AtTheTable() {
    }

    static @Nullable DecidedIn decidedIn(@Nullable UUID session, @Nullable UUID item) {
        if (session == null && item == null) {
            return null;
        }
        if (session == null || item == null) {
            throw new InvalidValue(session == null ? SESSION : ITEM,
                    "a decision at a session's table names both the session and the agenda item");
        }
        return new DecidedIn(new SessionId(session), new AgendaItemId(item));
    }
}
