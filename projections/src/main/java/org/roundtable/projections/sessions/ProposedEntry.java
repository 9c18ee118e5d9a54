package org.roundtable.projections.sessions;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.sessions.AgendaPurpose;

/** One case the round table proposes for the agenda, why, and the minutes it suggests for it. */
public record ProposedEntry(CaseId caseId, CaseNumber caseNumber, AgendaPurpose purpose, int minutes) {
}
