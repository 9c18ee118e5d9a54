package org.roundtable.core.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonalText;

/** The final minutes of a closed session were corrected, about one item (or the whole when none), for a reason. */
public record MinutesCorrected(SessionId sessionId, @Nullable AgendaItemId itemId, PersonalText correction,
                               PersonalText reason) implements SessionEvent {
}
