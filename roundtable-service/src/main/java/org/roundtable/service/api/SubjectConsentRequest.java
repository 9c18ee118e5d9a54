package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ConsentHolder;
import org.roundtable.core.cases.SubjectConsentDecision;

import java.time.LocalDate;

/** The subject's consent: given, refused or withdrawn, by the subject, a parent or a guardian, on a day (not in the future). */
record SubjectConsentRequest(@NotNull SubjectConsentDecision decision,
                             @NotNull ConsentHolder by,
                             @NotNull LocalDate on) {
}
