package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;

/** An organisation has joined the round table as a partner, under this code and name. */
public record PartnerRegistered(PartnerId partnerId, String name, Sector sector) implements PartnerEvent {
}
