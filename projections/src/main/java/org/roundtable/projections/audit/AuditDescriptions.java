package org.roundtable.projections.audit;

import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.common.PartnerId;

import java.util.stream.Collectors;

/**
 * The one sentence a person reads for each type of event. Only structured fields go in: never free text
 * or the subject's identity, which the trail must be able to show after they have been erased.
 */
final class AuditDescriptions {

    private AuditDescriptions() {
    }

    static String describe(CaseEvent event) {
        if (event instanceof ConcernRaised e) {
            return "Concern raised by %s (urgency %s, category %s)"
                    .formatted(e.raisedBy().partner(), e.urgency(), e.category());
        }
        if (event instanceof CaseOpened e) {
            String participants = e.participants().stream().sorted().map(PartnerId::value)
                    .collect(Collectors.joining(", "));
            return "Case opened, led by %s, with %s".formatted(e.lead(), participants);
        }
        if (event instanceof ConcernReferred e) {
            return "Concern referred to another service";
        }
        if (event instanceof ConcernDismissed) {
            return "Concern dismissed";
        }
        if (event instanceof InformationShared e) {
            return "Information shared by %s at level %s".formatted(e.owner(), e.level());
        }
        if (event instanceof InformationWithdrawn e) {
            return "Information withdrawn by " + e.owner();
        }
        if (event instanceof ActionAssigned e) {
            return "Action assigned to %s, due %s".formatted(e.assignee(), e.dueDate());
        }
        if (event instanceof ActionCompleted e) {
            return "Action completed by " + e.assignee();
        }
        if (event instanceof CaseClosed e) {
            return "Case closed: " + e.reason();
        }
        if (event instanceof CaseReopened) {
            return "Case reopened";
        }
        // A new event type still gets a line in the trail before it gets its own sentence.
        return event.getClass().getSimpleName();
    }
}
