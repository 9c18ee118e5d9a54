package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

/** The chair reopens a closed case, usually because of a new concern, and says why. */
public record ReopenCase(@TargetAggregateIdentifier CaseId caseId, Actor actor, PersonalText reason)
        implements CaseCommand {
}
