package org.roundtable.core.cases;

/** Why a case was closed. */
public enum ClosureReason {
    RISK_REDUCED,
    MOVED_AWAY,
    HANDED_TO_JUSTICE,
    HANDED_TO_CARE,
    NO_LONGER_ENGAGED,
    OTHER
}
