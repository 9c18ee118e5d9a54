package org.roundtable.core.sessions;

import org.roundtable.core.common.ActorCommand;

/** Every command aimed at one session, given by someone. */
public interface SessionCommand extends ActorCommand {

    SessionId sessionId();
}
