package org.roundtable.projections.consents;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;

/**
 * The consent an action asked of the owner of an item it relies on, and where it stands. The item (and whether
 * it was withdrawn since) is null for a reader who may not see it; the owner is null ("a partner") for a reader
 * who may not see the item or its protected source; the refusal reason is shown to the chair and the owner only.
 */
public record OwnerConsent(ActionId actionId, PartnerId assignee, @Nullable InformationId informationId,
                           @Nullable Boolean informationWithdrawn, @Nullable PartnerId owner, ConsentStatus status,
                           Instant requestedAt, @Nullable Instant decidedAt, @Nullable String refusalReason) {
}
