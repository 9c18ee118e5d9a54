package org.roundtable.core.cases;

/** Who decided on the subject's consent: the subject, or for a minor a parent or a guardian. */
public enum ConsentHolder {
    SUBJECT,
    PARENT,
    GUARDIAN
}
