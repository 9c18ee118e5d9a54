package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

import java.util.Objects;

/**
 * A participating partner brings information to the table. The actor's partner owns it; the level says
 * who may read it; source protection hides the owner's name from other readers.
 */
public record ShareInformation(@TargetAggregateIdentifier CaseId caseId, InformationId informationId, Actor actor,
                               PersonalText content, SharingLevel level, boolean sourceProtected)
        implements CaseCommand {

    public ShareInformation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(informationId, "informationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(level, "level");
    }
}
