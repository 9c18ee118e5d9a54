package org.roundtable.projections.casedetail;

/** Where an action of a case stands. */
public enum ActionStatus {
    /** A partner took it on; not done yet. */
    ASSIGNED,
    /** The partner reported it done, with an outcome. */
    COMPLETED
}
