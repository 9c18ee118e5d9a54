package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The concern was adopted as a case: one partner leads it, and these partners take part (the lead too). */
public record CaseOpened(CaseId caseId, PartnerId lead, Set<PartnerId> participants) implements ParticipationEvent {

    public CaseOpened {
        participants = Collections.unmodifiableSortedSet(new TreeSet<>(participants == null ? Set.of() : participants));
    }
}
