package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.util.Objects;

/** The chair records how a partner takes part in the session, and who represents it when present. */
public record RecordAttendance(@TargetAggregateIdentifier SessionId sessionId, Actor actor, PartnerId partner,
                               Attendance attendance, @Nullable PersonId representedBy) implements SessionCommand {

    public RecordAttendance {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(attendance, "attendance");
    }
}
