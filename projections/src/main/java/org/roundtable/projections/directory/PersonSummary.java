package org.roundtable.projections.directory;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.util.Set;

/** A person as the directory knows them now: the partner they act for, the roles they hold, whether they may log in. */
public record PersonSummary(PersonId username, PartnerId partner, String displayName, boolean active,
                            Set<Role> roles) {
}
