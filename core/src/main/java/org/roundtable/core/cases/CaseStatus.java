package org.roundtable.core.cases;

/** Where a case stands in its life. */
public enum CaseStatus {
    /** A concern has been raised and waits for screening. */
    RAISED,
    /** Screened and adopted: partners share information and act. */
    OPEN,
    /** Screened and handed to the right service; the round table does not act. */
    REFERRED,
    /** Screened and answered with advice to the partner that raised it; closed. */
    ADVISED,
    /** Screened and handed to one partner of the round table to take up on its own. */
    SIGNPOSTED,
    /** Screened; no further action. */
    DISMISSED,
    /** The round table's work on it has ended; it can be reopened. */
    CLOSED
}
