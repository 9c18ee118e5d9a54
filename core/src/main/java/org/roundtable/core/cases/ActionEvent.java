package org.roundtable.core.cases;

/**
 * An event in the life of one action. A read model that follows actions handles every one of these: a test
 * walks the projections and refuses one that knows some of them but not all, so that no status, assignee or due
 * date is left behind in a view.
 */
public sealed interface ActionEvent extends CaseEvent permits ActionAssigned, ActionAccepted, ActionDeclined,
        ActionProgressRecorded, ActionReassigned, ActionDueDateChanged, ActionBecameOverdue, ActionCompleted,
        ActionCancelled {

    ActionId actionId();
}
