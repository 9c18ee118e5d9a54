package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Objects;

/** The chair moves an open action's due date, and says why. */
public record ChangeActionDueDate(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                                  LocalDate dueDate, PersonalText reason) implements CaseCommand {

    public ChangeActionDueDate {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reason, "reason");
    }
}
