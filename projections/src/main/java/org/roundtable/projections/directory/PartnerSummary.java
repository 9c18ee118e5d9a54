package org.roundtable.projections.directory;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.people.Sector;

/**
 * A partner as the directory knows it now: the charter version it last agreed to (null until it agrees to
 * one), and whether it still takes part in the round table.
 */
public record PartnerSummary(PartnerId partnerId, String name, Sector sector, @Nullable String charterVersion,
                             boolean active) {
}
