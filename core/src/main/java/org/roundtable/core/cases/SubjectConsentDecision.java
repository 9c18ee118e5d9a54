package org.roundtable.core.cases;

/** What the subject (or a parent or guardian) said about the round table's work on the case. */
public enum SubjectConsentDecision {
    /** Consent given. */
    GIVEN,
    /** Consent refused. */
    REFUSED,
    /** Consent given before and now withdrawn. */
    WITHDRAWN
}
