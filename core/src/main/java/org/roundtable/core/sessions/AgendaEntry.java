package org.roundtable.core.sessions;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.InvalidValue;

import java.util.Objects;

/**
 * One case on the agenda, why it is there, and the minutes the run-sheet suggests for it
 * ({@value #MIN_MINUTES} to {@value #MAX_MINUTES}).
 */
public record AgendaEntry(AgendaItemId itemId, CaseId caseId, AgendaPurpose purpose, int minutes) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 120;

    public AgendaEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** An entry someone asked for: its minutes are checked here, never when a stored event is read back. */
    public static AgendaEntry of(AgendaItemId itemId, CaseId caseId, AgendaPurpose purpose, int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidValue("minutes", "an agenda item takes " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
        }
        return new AgendaEntry(itemId, caseId, purpose, minutes);
    }
}
