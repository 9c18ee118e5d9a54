package org.roundtable.core.cases;

/** Whether the exit criteria the partners agreed for a case were met when it closed. */
public enum ExitCriteria {
    MET,
    PARTLY_MET,
    NOT_MET
}
