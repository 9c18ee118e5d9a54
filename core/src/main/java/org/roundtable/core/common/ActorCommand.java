package org.roundtable.core.common;

/** A command that names who gives it; {@link ActorCorrelationDataProvider} copies that onto its events. */
public interface ActorCommand {

    Actor actor();
}
