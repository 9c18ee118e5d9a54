package org.roundtable.service.api;

/** A read asked for a case no read model knows. */
class CaseNotFound extends RuntimeException {

    CaseNotFound() {
        super("there is no such case");
    }
}
