package org.roundtable.core.cases;

/** Where an action stands in its life, as the case keeps it to decide what may happen to it next. */
enum ActionStage {
    /** Agreed at the table; the assignee has not answered yet. */
    ASSIGNED,
    /** The assignee took it on. */
    ACCEPTED,
    /** The assignee declined it; the chair may reassign or cancel it. */
    DECLINED,
    /** Done, with an outcome. */
    COMPLETED,
    /** Called off by the chair. */
    CANCELLED;

    /** Still to be done: assigned or accepted. */
    boolean open() {
        return this == ASSIGNED || this == ACCEPTED;
    }
}
