package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.util.Objects;

/** The chair or a participating partner records that the subject is not told of the case, and why; the note is optional. */
public record RecordSubjectNotInformed(@TargetAggregateIdentifier CaseId caseId, Actor actor, NotInformedReason reason,
                                       PersonalText note) implements CaseCommand {

    public RecordSubjectNotInformed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
