package org.roundtable.projections.casedetail;

import org.roundtable.core.cases.SubjectIdentity;

import java.time.Instant;

/**
 * The service's own look-up before a concern is raised: the most recently closed case, closed since {@code since},
 * about the same subject. The same subject is the same given name, family name and date of birth, compared without
 * regard to case or surrounding spaces; a subject without a date of birth (an age band only) matches nobody, since two
 * people of the same name cannot be told apart without it. Answers an {@code Optional<RepeatOf>}; it is not a read
 * for a person and shows nothing to anyone.
 */
public record FindRecentClosure(SubjectIdentity subject, Instant since) {
}
