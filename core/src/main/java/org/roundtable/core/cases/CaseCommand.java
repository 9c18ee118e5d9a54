package org.roundtable.core.cases;

import org.roundtable.core.common.ActorCommand;

/** Every command aimed at one case, given by someone. */
public interface CaseCommand extends ActorCommand {

    CaseId caseId();
}
