package org.roundtable.projections.statistics;

/** What the statistics count, one table each. */
enum Measure {
    CONCERNS_RAISED,
    CASES_OPENED,
    CONCERNS_REFERRED,
    CONCERNS_DISMISSED,
    /** Each closing: a case closed, reopened and closed again counts in the month of each closing. */
    CASES_CLOSED
}
