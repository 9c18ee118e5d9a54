package org.roundtable.projections.directory;

import org.roundtable.core.common.PartnerId;

/** Asks for one partner; the answer is empty when no partner was ever registered under the code. */
public record FindPartner(PartnerId partnerId) {
}
