package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The partner doing an action notes how it is going. */
public record RecordActionProgress(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                                   PersonalText note) implements CaseCommand {

    public RecordActionProgress {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
    }
}
