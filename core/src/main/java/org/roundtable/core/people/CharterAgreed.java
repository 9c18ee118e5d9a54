package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;

/** The partner has agreed to this version of the round table's charter. */
public record CharterAgreed(PartnerId partnerId, String charterVersion) implements PartnerEvent {
}
