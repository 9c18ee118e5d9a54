package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/** The person now represents the partner at the round table. */
public record RepresentativeAdded(PartnerId partnerId, PersonId person) implements PartnerEvent {
}
