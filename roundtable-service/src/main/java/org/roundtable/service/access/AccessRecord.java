package org.roundtable.service.access;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One look, as the access log keeps it: who (person, partner and the roles they held), what (the kind of look,
 * the case, the information items returned), when, for what purpose, and whether it was refused.
 */
public record AccessRecord(UUID recordId, Instant recordedAt, PersonId person, PartnerId partner, Set<Role> roles,
                           Look look, @Nullable CaseId caseId, Outcome outcome, String purpose,
                           List<InformationId> informationIds) {

    public AccessRecord {
        roles = Set.copyOf(roles);
        informationIds = List.copyOf(informationIds);
    }
}
