/**
 * The partners at the round table and the people who act for them: a {@link org.roundtable.core.people.Partner}
 * registers, agrees to the charter, names its representatives and may leave; a
 * {@link org.roundtable.core.people.Person} has an account with one partner and the roles it holds there.
 * Administrators manage both. Each command and event is a record of its own in this package.
 */
package org.roundtable.core.people;
