package org.roundtable.service.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.PersonalText;

/** A partner's concern about someone. */
record RaiseConcernRequest(@NotNull @Valid SubjectRequest subject,
                           @NotBlank @Size(max = PersonalText.MAX_LENGTH) String summary,
                           @NotNull Urgency urgency,
                           @NotNull ConcernCategory category) {
}
