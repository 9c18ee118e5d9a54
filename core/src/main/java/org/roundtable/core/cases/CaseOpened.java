package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

import java.util.Set;

/** The concern was adopted as a case: one partner leads it, and these partners take part (the lead too). */
public record CaseOpened(CaseId caseId, PartnerId lead, Set<PartnerId> participants) implements CaseEvent {
}
