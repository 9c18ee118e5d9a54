package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;

/**
 * An event about one piece of information, which names the partner that owns it. Wherever such an event is
 * shown, the owner of a source-protected item is shown as "a partner" to every reader but the owner and the
 * chair: the audit trail finds these events by this type.
 */
public sealed interface InformationEvent extends CaseEvent permits InformationShared, InformationWithdrawn,
        ConsentRequested, ConsentGranted, ConsentRefused {

    InformationId informationId();

    /** The partner that brought the information to the table. */
    PartnerId owner();
}
