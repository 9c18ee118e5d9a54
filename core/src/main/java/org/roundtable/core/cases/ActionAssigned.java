package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Set;

/** A partner took on an action for the case, due by a date, relying on these information items. */
public record ActionAssigned(CaseId caseId, ActionId actionId, PartnerId assignee, PersonalText description,
                             LocalDate dueDate, Set<InformationId> reliesOn) implements ActionEvent {

    public ActionAssigned {
        reliesOn = reliesOn == null ? Set.of() : Set.copyOf(reliesOn);
    }
}
