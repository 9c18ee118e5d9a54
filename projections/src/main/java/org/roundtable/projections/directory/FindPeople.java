package org.roundtable.projections.directory;

/** Asks for every person with an account, deactivated accounts included, by user name. */
public record FindPeople() {
}
