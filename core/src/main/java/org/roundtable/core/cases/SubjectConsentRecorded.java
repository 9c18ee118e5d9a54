package org.roundtable.core.cases;

import java.time.LocalDate;

/** The subject, a parent or a guardian gave, refused or withdrew consent on a day. */
public record SubjectConsentRecorded(CaseId caseId, SubjectConsentDecision decision, ConsentHolder by, LocalDate on)
        implements CaseEvent {
}
