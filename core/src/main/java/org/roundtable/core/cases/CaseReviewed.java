package org.roundtable.core.cases;

import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/** The round table reviewed the open case on this day; the note says what it found. */
public record CaseReviewed(CaseId caseId, PersonalText note, LocalDate reviewedOn) implements CaseEvent {
}
