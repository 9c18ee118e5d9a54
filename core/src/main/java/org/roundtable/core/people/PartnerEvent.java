package org.roundtable.core.people;

import org.roundtable.core.common.PartnerId;

/**
 * Every event in a partner's membership of the round table. The hierarchy is sealed: a new event type is
 * added here, and the tests that walk every permitted type then demand what it needs.
 */
public sealed interface PartnerEvent
        permits PartnerRegistered, CharterAgreed, RepresentativeAdded, RepresentativeRemoved, PartnerLeft {

    PartnerId partnerId();
}
