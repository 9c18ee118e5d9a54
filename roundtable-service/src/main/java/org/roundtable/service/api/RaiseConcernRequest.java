package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PersonalText;

/** A partner's concern about someone: who (a name, and a date of birth or an age band), what, how urgent. */
record RaiseConcernRequest(@NotNull SubjectIdentity subject,
                           @NotNull PersonalText summary,
                           @NotNull Urgency urgency,
                           @NotNull ConcernCategory category) {
}
