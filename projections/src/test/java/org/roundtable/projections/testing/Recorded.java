package org.roundtable.projections.testing;

import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.Actor;

import java.time.Instant;

/** An event as the event store holds it: its place in the case, when, by whom, and its message ids. */
public record Recorded<E extends CaseEvent>(E event, long sequence, Instant at, Actor actor,
                                            String eventIdentifier, String correlationId) {

    public String person() {
        return actor.person().value();
    }

    public String partner() {
        return actor.partner().value();
    }
}
