package org.roundtable.core.people;

import org.roundtable.core.common.PersonId;

/**
 * Every event in the life of a person's account. The hierarchy is sealed: a new event type is added here,
 * and the tests that walk every permitted type then demand what it needs.
 */
public sealed interface PersonEvent permits AccountOpened, RoleGranted, RoleRevoked, AccountDeactivated {

    PersonId personId();
}
