package org.roundtable.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The deadline of a case's review: the start of the review's day in the round table's time zone (the zone of the
 * service's clock). The next review of an open case and the reviews planned after closing each have a deadline
 * name of their own per case, so that moving the next review, closing or reopening cancels only what it must.
 *
 * @param dueOn        the review's day
 * @param afterClosure whether it is a review planned when the case closed
 */
public record ReviewFallsDue(LocalDate dueOn, boolean afterClosure) {

    /** The name under which a case's next review is scheduled and cancelled. */
    static String nextReview(CaseId caseId) {
        return "case-review:" + caseId;
    }

    /** The name under which the reviews planned when a case closed are scheduled and cancelled. */
    static String afterClosure(CaseId caseId) {
        return "post-closure-review:" + caseId;
    }

    String deadlineName(CaseId caseId) {
        return afterClosure ? afterClosure(caseId) : nextReview(caseId);
    }

    /** When the review's day begins, in the clock's zone. */
    Instant arrivesAt(Clock clock) {
        return dueOn.atStartOfDay(clock.getZone()).toInstant();
    }
}
