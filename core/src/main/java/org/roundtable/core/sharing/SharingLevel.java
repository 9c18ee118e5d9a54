package org.roundtable.core.sharing;

/** How far a piece of information may travel, in the vocabulary of the Traffic Light Protocol 2.0. */
public enum SharingLevel {
    /** The owner and the chair only. */
    RED,
    /** The case's participating partners, no further. */
    AMBER_STRICT,
    /** Participating partners and, on a need-to-know basis, their own organisation. */
    AMBER,
    /** Every partner at the round table. */
    GREEN
}
