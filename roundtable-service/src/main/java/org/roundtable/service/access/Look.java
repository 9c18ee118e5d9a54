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
    /** A case's actions, in a list of actions across cases. */
    ACTIONS,
    /** A case's owners' consent requests, in a list of requests across cases. */
    CONSENT_REQUESTS,
    /** The chair's reciprocity report: figures per partner, no case. */
    RECIPROCITY,
    /** The list of sessions: when and where, and where each stands; no case. */
    SESSION_LIST,
    /** One session, with the agenda items (and their notes) about cases the reader may see. */
    SESSION,
    /** The agenda the round table proposes for a session: the cases waiting for it. */
    AGENDA_PROPOSAL,
    /** A session's minutes, as JSON or printed: the items (with notes and decisions) about cases the reader may see. */
    MINUTES
}
