package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.LocalDate;
import java.util.Objects;

/** The chair or a participating partner records that the subject (or a parent) was told of the case, and on which day. */
public record RecordSubjectInformed(@TargetAggregateIdentifier CaseId caseId, Actor actor, LocalDate on)
        implements CaseCommand {

    public RecordSubjectInformed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(on, "on");
    }
}
