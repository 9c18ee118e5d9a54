package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.roundtable.core.common.PersonalText;

/** What was said about an item on the agenda. */
record ItemNoteRequest(@NotNull PersonalText note) {
}
