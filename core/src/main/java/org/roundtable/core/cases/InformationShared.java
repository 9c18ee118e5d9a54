package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.SharingLevel;

/** A partner brought information to the case; it owns it, and only it may withdraw it. */
public record InformationShared(CaseId caseId, InformationId informationId, PartnerId owner, PersonalText content,
                                SharingLevel level, boolean sourceProtected) implements InformationEvent {
}
