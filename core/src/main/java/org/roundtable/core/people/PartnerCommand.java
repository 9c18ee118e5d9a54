package org.roundtable.core.people;

import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.PartnerId;

/** Every command aimed at one partner, given by an administrator. */
public interface PartnerCommand extends ActorCommand {

    PartnerId partnerId();
}
