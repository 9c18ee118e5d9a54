package org.roundtable.service.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sessions.AgendaEntry;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AgendaPurpose;

/**
 * A case for the agenda, why it is there, and the minutes the run-sheet suggests (1 to 120; when left out, the
 * round table's default).
 */
record AgendaItemRequest(@NotNull CaseId caseId, @NotNull AgendaPurpose purpose,
                         @Nullable @Min(AgendaEntry.MIN_MINUTES) @Max(AgendaEntry.MAX_MINUTES) Integer minutes) {

    AgendaEntry entry(AgendaItemId itemId, int defaultMinutes) {
        return AgendaEntry.of(itemId, caseId, purpose, minutes == null ? defaultMinutes : minutes);
    }
}
