package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** An administrator registers an organisation as a partner of the round table, by its code, name and sector. */
public record RegisterPartner(PartnerId partnerId, String name, Sector sector,
                              Actor actor) implements PartnerCommand {

    public static final int MAX_NAME_LENGTH = 200;

    public RegisterPartner {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(actor, "actor");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValue("name", "a partner is named in 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }

    /** The partner this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Partner.key(partnerId);
    }
}
