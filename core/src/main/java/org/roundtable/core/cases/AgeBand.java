package org.roundtable.core.cases;

/** A subject's age when the date of birth is not known or not needed. */
public enum AgeBand {
    UNDER_12,
    AGE_12_TO_15,
    AGE_16_TO_17,
    AGE_18_TO_21,
    AGE_22_TO_25,
    OVER_25
}
