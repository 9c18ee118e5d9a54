package org.roundtable.core.cases;

/** What a review after closing found: the case rests, or it gives cause for concern again. */
public enum PostClosureReviewOutcome {
    /** Nothing new: the case stays closed. */
    NO_FURTHER_CONCERN,
    /** The case gives cause for concern again: the chair is to reopen it (recording the review does not). */
    CONCERN_AGAIN
}
