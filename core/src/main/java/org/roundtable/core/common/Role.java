package org.roundtable.core.common;

/**
 * What a person may do at the round table. A person holds one or more; each command names the role it needs.
 */
public enum Role {
    /** Runs the round table: screens concerns, opens, closes and reopens cases, assigns actions. */
    CHAIR,
    /** A partner's representative: raises concerns, shares and withdraws the partner's information, completes its actions. */
    PARTNER,
    /** Reviews the record for compliance: reads, never changes a case. */
    COMPLIANCE,
    /** Sees figures about the round table's work, never a case. */
    POLICY,
    /** Manages partners and people; sees no case data. */
    ADMIN
}
