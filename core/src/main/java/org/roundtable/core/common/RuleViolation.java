package org.roundtable.core.common;

/** The command conflicts with the state of what it acts on (a closed case, a screened concern, ...). */
public final class RuleViolation extends DomainException {

    public RuleViolation(String code, String message) {
        super(code, message);
    }
}
