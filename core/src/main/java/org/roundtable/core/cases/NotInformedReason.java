package org.roundtable.core.cases;

/** Why the subject was not told that the round table deals with them. */
public enum NotInformedReason {
    /** Telling them would harm an investigation under way. */
    ONGOING_INVESTIGATION,
    /** Telling them would put the subject at risk. */
    RISK_TO_SUBJECT,
    /** Telling them would put others at risk. */
    RISK_TO_OTHERS,
    /** They cannot be reached or told yet. */
    NOT_YET_POSSIBLE,
    /** Another reason, said in the note. */
    OTHER
}
