package org.roundtable.core.cases;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;

/**
 * Another partner taking part in the case leads it from now on. {@code previous} is null only when the case's
 * state did not know its lead.
 */
public record LeadChanged(CaseId caseId, @Nullable PartnerId previous, PartnerId lead) implements ParticipationEvent {
}
