package org.roundtable.core.sharing;

import org.roundtable.core.common.PartnerId;

import java.util.Objects;

/** What the sharing rules need to know of a piece of information: its owner, its level, its source protection. */
public record ItemFacts(PartnerId owner, SharingLevel level, boolean sourceProtected) {

    public ItemFacts {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(level, "level");
    }
}
