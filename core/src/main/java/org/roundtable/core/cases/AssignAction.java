package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** The round table agrees that a participating partner will do something by a date, relying on some information. */
public record AssignAction(@TargetAggregateIdentifier CaseId caseId, ActionId actionId, Actor actor,
                           PartnerId assignee, PersonalText description, LocalDate dueDate,
                           Set<InformationId> reliesOn) implements TableDecision {

    public static final int MAX_RELIED_ON = 100;

    public AssignAction {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dueDate, "dueDate");
        reliesOn = reliesOn == null ? Set.of() : Set.copyOf(reliesOn);
        if (reliesOn.size() > MAX_RELIED_ON) {
            throw new InvalidValue("reliesOn", "an action relies on at most " + MAX_RELIED_ON + " information items");
        }
    }
}
