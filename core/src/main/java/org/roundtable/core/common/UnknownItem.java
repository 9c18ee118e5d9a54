package org.roundtable.core.common;

/** The command names something the case does not have (an information item, an action). */
public final class UnknownItem extends DomainException {

    public UnknownItem(String code, String message) {
        super(code, message);
    }
}
