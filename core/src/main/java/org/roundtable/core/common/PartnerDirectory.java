package org.roundtable.core.common;

/**
 * Which partners take part in the round table now: registered, and not left. Case rules ask it before a
 * partner is made a case's lead, participant or assignee; the service answers it from its directory of
 * partners.
 */
@FunctionalInterface
public interface PartnerDirectory {

    boolean isActive(PartnerId partner);
}
