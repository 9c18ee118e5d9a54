package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's reviews: the next review of an open case (null otherwise) and whether its day has come; the last review
 * recorded and its note (null when erased); the reviews planned when the case closed, with those whose day has come
 * and that are not recorded yet; and the reviews after closing the chair recorded, the earliest first (kept when the
 * case is reopened: they may be why).
 */
public record CaseReviews(@Nullable LocalDate nextReviewOn, boolean due, @Nullable LocalDate lastReviewedOn,
                          @Nullable String lastNote, List<LocalDate> afterClosure, List<LocalDate> afterClosureDue,
                          List<PostClosureReview> afterClosureRecorded) {

    /** A case that has no reviews: not opened, or seen only for its screening outcome. */
    public static final CaseReviews NONE = new CaseReviews(null, false, null, null, List.of(), List.of());

    public CaseReviews {
        afterClosure = List.copyOf(afterClosure);
        afterClosureDue = List.copyOf(afterClosureDue);
        afterClosureRecorded = List.copyOf(afterClosureRecorded);
    }

    /** Reviews without any recorded after closing. */
    public CaseReviews(@Nullable LocalDate nextReviewOn, boolean due, @Nullable LocalDate lastReviewedOn,
                       @Nullable String lastNote, List<LocalDate> afterClosure, List<LocalDate> afterClosureDue) {
        this(nextReviewOn, due, lastReviewedOn, lastNote, afterClosure, afterClosureDue, List.of());
    }
}
