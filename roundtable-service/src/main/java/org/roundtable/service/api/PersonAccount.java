package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.projections.directory.PersonSummary;

import java.util.Set;

/**
 * A person as an administrator reads them: the directory's summary, and whether their local account has a
 * second factor set up (kept with the login's secrets, not in the directory). Published under the name it has
 * always had in the API description, so that clients generated from it keep their type.
 */
@Schema(name = "PersonSummary")
record PersonAccount(PersonId username, PartnerId partner, String displayName, boolean active, Set<Role> roles,
                     boolean secondFactor) {

    static PersonAccount of(PersonSummary person, Set<PersonId> withSecondFactor) {
        return new PersonAccount(person.username(), person.partner(), person.displayName(), person.active(),
                person.roles(), withSecondFactor.contains(person.username()));
    }
}
