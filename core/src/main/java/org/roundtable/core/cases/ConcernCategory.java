package org.roundtable.core.cases;

/** What a concern is about. {@link #OTHER} covers worries outside the round table's scope, to refer on. */
public enum ConcernCategory {
    RADICALISATION,
    VIOLENT_EXTREMISM,
    FOREIGN_FIGHTER,
    POLARISATION,
    OTHER
}
