package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.common.PersonalText;

import java.time.Instant;

/** One row of a case's status history as it is written; the optional parts are added with the with-methods. */
record StatusRow(long sequence, CaseStatus status, Instant at, String person, String partner, String note,
                 String referredTo, ClosureReason closureReason) {

    StatusRow(long sequence, CaseStatus status, Instant at, String person, String partner) {
        this(sequence, status, at, person, partner, null, null, null);
    }

    StatusRow withNote(PersonalText text) {
        String note = text == null ? null : text.text();
        return new StatusRow(sequence, status, at, person, partner, note, referredTo, closureReason);
    }

    StatusRow withReferredTo(String service) {
        return new StatusRow(sequence, status, at, person, partner, note, service, closureReason);
    }

    StatusRow withClosureReason(ClosureReason reason) {
        return new StatusRow(sequence, status, at, person, partner, note, referredTo, reason);
    }
}
