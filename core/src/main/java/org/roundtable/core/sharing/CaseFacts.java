package org.roundtable.core.sharing;

import org.roundtable.core.common.PartnerId;

import java.util.Objects;
import java.util.Set;

/** What the sharing rules need to know of a case: the partner that raised its concern, and who takes part. */
public record CaseFacts(PartnerId raisedBy, Set<PartnerId> participants) {

    public CaseFacts {
        Objects.requireNonNull(raisedBy, "raisedBy");
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }
}
