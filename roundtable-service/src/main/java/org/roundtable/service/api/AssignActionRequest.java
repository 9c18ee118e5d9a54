package org.roundtable.service.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What a participating partner agrees to do, by when, relying on which information items. */
record AssignActionRequest(@NotNull @Pattern(regexp = PartnerId.FORMAT) String assignee,
                           @NotBlank @Size(max = PersonalText.MAX_LENGTH) String description,
                           @NotNull LocalDate dueDate,
                           @Size(max = 100) Set<@NotNull UUID> reliesOn) {
}
