package org.roundtable.projections.reciprocity;

import org.roundtable.core.common.PartnerId;

/** What one partner gave and took on in a period: items shared, actions taken on, actions completed. */
public record PartnerContribution(PartnerId partner, long itemsShared, long actionsTakenOn, long actionsCompleted) {
}
