package org.roundtable.core.sessions;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;

import java.util.Set;

/**
 * Which actions of a case are still open: assigned, accepted or declined, not completed and not cancelled. A
 * session asks it when it closes, so that every open action of a case on its agenda is carried forward; the service
 * answers it from the sessions read model, which the case events keep in the same transaction.
 */
@FunctionalInterface
public interface OpenActions {

    Set<ActionId> openIn(CaseId caseId);
}
