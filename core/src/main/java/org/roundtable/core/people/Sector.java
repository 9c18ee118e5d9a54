package org.roundtable.core.people;

/** The kind of organisation a partner is. */
public enum Sector {
    POLICE,
    SOCIAL_SERVICES,
    YOUTH_WORK,
    EDUCATION,
    MENTAL_HEALTH,
    MUNICIPALITY,
    COMMUNITY,
    OTHER
}
