package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Set;

/** What a participating partner agrees to do, by when, relying on which information items (at most 100). */
record AssignActionRequest(@NotNull PartnerId assignee,
                           @NotNull PersonalText description,
                           @NotNull LocalDate dueDate,
                           @Nullable Set<@NotNull InformationId> reliesOn) {
}
