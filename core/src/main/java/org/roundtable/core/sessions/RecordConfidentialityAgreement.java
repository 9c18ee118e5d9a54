package org.roundtable.core.sessions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.util.Objects;

/** The chair records that a partner's representative at the table agreed to the session's confidentiality statement. */
public record RecordConfidentialityAgreement(@TargetAggregateIdentifier SessionId sessionId, Actor actor,
                                             PartnerId partner, PersonId person) implements SessionCommand {

    public RecordConfidentialityAgreement {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(person, "person");
    }
}
