package org.roundtable.projections.casedetail;

/** Where an action of a case stands. */
public enum ActionStatus {
    /** Agreed at the table; the partner has not answered yet. */
    ASSIGNED,
    /** The partner took it on; not done yet. */
    ACCEPTED,
    /** The partner declined it, for a reason; the chair may reassign or cancel it. */
    DECLINED,
    /** The partner reported it done, with an outcome. */
    COMPLETED,
    /** The chair called it off, for a reason. */
    CANCELLED;

    /** Still to be done by its assignee: assigned or accepted. Only such an action can be overdue. */
    public boolean open() {
        return this == ASSIGNED || this == ACCEPTED;
    }
}
