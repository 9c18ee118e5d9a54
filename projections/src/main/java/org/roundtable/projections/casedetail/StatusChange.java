package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.time.Instant;

/**
 * One step in a case's status history: the status it reached, when, by whom, and the reason or note given.
 * {@code referredTo} is set only for a referral, {@code closureReason} only for a closure; the note may be null.
 */
public record StatusChange(CaseStatus status, Instant at, PersonId byPerson, PartnerId byPartner, @Nullable String note,
                           @Nullable String referredTo, @Nullable ClosureReason closureReason) {
}
