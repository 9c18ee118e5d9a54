package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sessions.AgendaItemId;

/** A correction of a closed session's minutes: about one item, or the whole when {@code itemId} is left out; and why. */
record CorrectMinutesRequest(@Nullable AgendaItemId itemId, @NotNull PersonalText correction, @NotNull PersonalText reason) {
}
