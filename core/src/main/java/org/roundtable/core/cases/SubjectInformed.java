package org.roundtable.core.cases;

import java.time.LocalDate;

/** The subject (or a parent) was told on a day that the round table deals with them. */
public record SubjectInformed(CaseId caseId, LocalDate on) implements CaseEvent {
}
