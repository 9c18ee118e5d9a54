package org.roundtable.core.statistics;

/** Why a count or total is not shown. */
public enum Suppressed {
    /** It is below five (zero included), shown as "&lt;5": small enough to point at a person. */
    BELOW_FIVE,
    /**
     * It is five or more, and hidden so that no count below five can be worked out from the counts and totals
     * that are shown.
     */
    COMPLEMENTARY
}
