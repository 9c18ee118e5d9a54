package org.roundtable.projections.sessions;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.time.Instant;

/** A partner's representative at the table agreed to the session's confidentiality statement, at this moment. */
public record ConfidentialityAgreement(PartnerId partner, PersonId person, Instant agreedAt) {
}
