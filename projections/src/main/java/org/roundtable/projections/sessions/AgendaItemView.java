package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AgendaPurpose;

import java.util.List;

/**
 * One item of a session's agenda: the case (its number null when the case is not known here), why it is there,
 * the minutes the run-sheet suggests, whether it was dropped, the notes, decisions and corrections about it, oldest
 * first, and the actions of its case carried forward when the session closed, in the order the chair named them.
 */
public record AgendaItemView(AgendaItemId itemId, CaseId caseId, @Nullable CaseNumber caseNumber, AgendaPurpose purpose,
                             int minutes, boolean dropped, List<ItemNote> notes, List<Decision> decisions,
                             List<Correction> corrections, List<CarriedAction> carriedForward) {

    public AgendaItemView {
        notes = List.copyOf(notes);
        decisions = List.copyOf(decisions);
        corrections = List.copyOf(corrections);
        carriedForward = List.copyOf(carriedForward);
    }
}
