package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.people.Sector;

/** An organisation joining the round table: the code it is known by, its name and its sector. */
record RegisterPartnerRequest(@NotNull PartnerId partnerId,
                              @NotNull String name,
                              @NotNull Sector sector) {
}
