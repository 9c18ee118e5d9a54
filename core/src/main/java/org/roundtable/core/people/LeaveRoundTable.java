package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** An administrator records that a partner leaves the round table; nothing more can change for it. */
public record LeaveRoundTable(PartnerId partnerId, Actor actor) implements PartnerCommand {

    public LeaveRoundTable {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(actor, "actor");
    }

    /** The partner this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Partner.key(partnerId);
    }
}
