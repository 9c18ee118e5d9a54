package org.roundtable.core.sharing;

/** How much of a case a reader may see. */
public enum CaseAccess {
    /** Nothing: the case's existence is not revealed (404). */
    NONE,
    /** Only the outcome of screening a concern the reader's partner raised: not the case file. */
    SCREENING_OUTCOME,
    /** The case file, as far as each item's level allows. */
    CASE_FILE;

    public boolean seesCaseFile() {
        return this == CASE_FILE;
    }
}
