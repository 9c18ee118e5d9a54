package org.roundtable.core.sessions;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The session, and the item on its agenda, at which the round table took a decision on a case. It travels as the
 * metadata of the case command ({@value #SESSION}, {@value #ITEM}) and {@link #correlation()} copies it onto every
 * event the command leads to: the case's history, the audit trail and the session's minutes all read it there.
 */
public record DecidedIn(SessionId sessionId, AgendaItemId itemId) {

    public static final String SESSION = "decidedInSession";
    public static final String ITEM = "decidedAtItem";

    /** The metadata of a command decided at this item. */
    public Map<String, String> metaData() {
        return Map.of(SESSION, sessionId.toString(), ITEM, itemId.toString());
    }

    /** The decision a message's metadata names; null when it names none. Half a link is no link: refused. */
    public static @Nullable DecidedIn of(MetaData metaData) {
        Object session = metaData.get(SESSION);
        Object item = metaData.get(ITEM);
        if (session == null && item == null) {
            return null;
        }
        if (session == null || item == null) {
            throw new IllegalArgumentException("a decision names both its session and its agenda item");
        }
        return new DecidedIn(SessionId.of(session.toString()), AgendaItemId.of(item.toString()));
    }

    /** Copies the link from a command onto each event it leads to. */
    public static CorrelationDataProvider correlation() {
        return new SimpleCorrelationDataProvider(SESSION, ITEM);
    }
}
