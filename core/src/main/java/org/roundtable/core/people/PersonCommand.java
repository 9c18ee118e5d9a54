package org.roundtable.core.people;

import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.PersonId;

/** Every command aimed at one person's account, given by an administrator. */
public interface PersonCommand extends ActorCommand {

    PersonId personId();
}
