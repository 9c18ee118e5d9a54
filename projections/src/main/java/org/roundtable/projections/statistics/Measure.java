package org.roundtable.projections.statistics;

/** What the statistics count, one table each. */
enum Measure {
    CONCERNS_RAISED,
    CASES_OPENED,
    CONCERNS_REFERRED,
    CONCERNS_DISMISSED,
    CONCERNS_ADVISED,
    CONCERNS_SIGNPOSTED,
    /** Each closing: a case closed, reopened and closed again counts in the month of each closing. */
    CASES_CLOSED
}
