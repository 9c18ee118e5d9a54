package org.roundtable.core.cases;

/**
 * Every event in a case's life. The hierarchy is sealed: a new event type is added here, and the tests
 * that walk every permitted type (its audit description, its place in the event catalogue) then demand
 * what it needs.
 */
public sealed interface CaseEvent
        permits ConcernRaised, ParticipationEvent, ConcernReferred, ConcernDismissed, ConcernAdvised,
        InformationEvent, ActionEvent, SubjectConsentRecorded, SubjectInformed, SubjectNotInformed, CaseClosed, CaseReopened,
        ReviewScheduled, CaseReviewed, CaseReviewDue, PostClosureReviewDue, PostClosureReviewRecorded {

    CaseId caseId();
}
