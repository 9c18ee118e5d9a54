package org.roundtable.projections.directory;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.people.Sector;

import java.util.List;

/**
 * A partner as the directory knows it now: the charter version it last agreed to (null until it agrees to
 * one), whether it still takes part in the round table, and the people who represent it, by user name.
 */
public record PartnerSummary(PartnerId partnerId, String name, Sector sector, @Nullable String charterVersion,
                             boolean active, List<PersonId> representatives) {
}
