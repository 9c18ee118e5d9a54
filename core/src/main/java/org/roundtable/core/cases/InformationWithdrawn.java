package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

/**
 * The owner withdrew a piece of information: it leaves the case views but stays in the audit trail.
 * The reason may be null.
 */
public record InformationWithdrawn(CaseId caseId, InformationId informationId, PartnerId owner,
                                   PersonalText reason) implements InformationEvent {
}
