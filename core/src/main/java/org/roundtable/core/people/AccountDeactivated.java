package org.roundtable.core.people;

import org.roundtable.core.common.PersonId;

/** The person's account is closed; they no longer act at the round table. */
public record AccountDeactivated(PersonId personId) implements PersonEvent {
}
