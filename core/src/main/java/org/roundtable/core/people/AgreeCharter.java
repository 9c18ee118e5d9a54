package org.roundtable.core.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** An administrator records that a partner has agreed to a version of the round table's charter. */
public record AgreeCharter(PartnerId partnerId, String charterVersion, Actor actor)
        implements PartnerCommand {

    public static final int MAX_VERSION_LENGTH = 50;

    public AgreeCharter {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(actor, "actor");
        charterVersion = charterVersion == null ? "" : charterVersion.strip();
        if (charterVersion.isEmpty() || charterVersion.length() > MAX_VERSION_LENGTH) {
            throw new InvalidValue("charterVersion",
                    "a charter version is named in 1 to " + MAX_VERSION_LENGTH + " characters");
        }
    }

    /** The partner this command is for, as its events are stored. */
    @TargetAggregateIdentifier
    public String aggregateKey() {
        return Partner.key(partnerId);
    }
}
