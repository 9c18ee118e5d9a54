package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/** The partner doing an action noted how it is going. */
public record ActionProgressRecorded(CaseId caseId, ActionId actionId, PartnerId assignee, PersonalText note)
        implements ActionEvent {
}
