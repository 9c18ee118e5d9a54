package org.roundtable.service.access;

/** What a person looked at. */
public enum Look {
    /** The list of cases. */
    CASE_LIST,
    /** One case file, with the items the reader may see. */
    CASE_FILE,
    /** The outcome of screening a concern the reader's partner raised. */
    SCREENING_OUTCOME,
    /** A case's audit trail. */
    AUDIT_TRAIL,
    /** Who saw what of a case, and when. */
    DISCLOSURES,
    /** A case's consents: to act on information, and the subject's. */
    CONSENTS,
    /** The chair's reciprocity report: figures per partner, no case. */
    RECIPROCITY
}
