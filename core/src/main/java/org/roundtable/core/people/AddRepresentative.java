package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.util.Objects;

/** An administrator names a person as one of the people who represent a partner at the table. */
public record AddRepresentative(PartnerId partnerId, PersonId person, Actor actor)
        implements PartnerCommand {

    public AddRepresentative {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(actor, "actor");
    }

    /** The partner this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Partner.key(partnerId);
    }
}
