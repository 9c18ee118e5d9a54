package org.roundtable.projections.statistics;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.statistics.Suppressed;

/**
 * A count as it may be shown: its value (five or more), or, when it is hidden, why. Exactly one of the two is
 * null.
 */
public record Figure(@Nullable Integer value, @Nullable Suppressed suppression) {
}
