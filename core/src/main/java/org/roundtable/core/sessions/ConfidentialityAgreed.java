package org.roundtable.core.sessions;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/** A partner's representative at the table agreed to the session's confidentiality statement. */
public record ConfidentialityAgreed(SessionId sessionId, PartnerId partner, PersonId person) implements SessionEvent {
}
