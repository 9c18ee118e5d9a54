package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

/** The chair called an action off, for a reason; nothing more happens to it. */
public record ActionCancelled(CaseId caseId, ActionId actionId, PersonalText reason) implements ActionEvent {
}
