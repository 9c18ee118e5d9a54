package org.roundtable.projections.statistics;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.statistics.Suppressed;

/** The count of one concern category, as it may be shown: its value, or why it is hidden (exactly one is null). */
public record CategoryFigure(ConcernCategory category, @Nullable Integer value, @Nullable Suppressed suppression) {
}
