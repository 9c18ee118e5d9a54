package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/**
 * A person has an account, acting for this one partner. The roles they start with follow as
 * {@link RoleGranted} events.
 */
public record AccountOpened(PersonId personId, PartnerId partner, String displayName) implements PersonEvent {
}
