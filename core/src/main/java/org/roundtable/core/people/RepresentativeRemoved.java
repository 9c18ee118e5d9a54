package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/** The person no longer represents the partner. */
public record RepresentativeRemoved(PartnerId partnerId, PersonId person) implements PartnerEvent {
}
