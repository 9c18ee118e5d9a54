package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;

/** The partner has left the round table. */
public record PartnerLeft(PartnerId partnerId) implements PartnerEvent {
}
