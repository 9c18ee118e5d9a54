package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.AgendaItemId;

import java.time.Instant;

/**
 * A correction of final minutes: about one item, or the session as a whole ({@code itemId} null); what was
 * corrected and why (each null once erased), when and by whom.
 */
public record Correction(@Nullable AgendaItemId itemId, @Nullable String correction, @Nullable String reason,
                         Instant correctedAt, @Nullable PersonId correctedBy) {
}
