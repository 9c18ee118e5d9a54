package org.roundtable.core.cases;

/** Every event in a case's life; the audit trail listens to all of them. */
public interface CaseEvent {

    CaseId caseId();
}
