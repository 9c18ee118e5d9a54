package org.roundtable.projections.directory;

import org.roundtable.core.common.PersonId;

/** Asks for one person; the answer is empty when no account was ever opened under the user name. */
public record FindPerson(PersonId username) {
}
