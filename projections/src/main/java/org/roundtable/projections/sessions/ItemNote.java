package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonId;

import java.time.Instant;

/** What was said about an item, as the chair noted it (null once erased), when and by whom. */
public record ItemNote(@Nullable String note, Instant recordedAt, @Nullable PersonId recordedBy) {
}
