package org.roundtable.core.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

/** How a partner takes part in the session, and who represents it when present; a later record replaces it. */
public record AttendanceRecorded(SessionId sessionId, PartnerId partner, Attendance attendance,
                                 @Nullable PersonId representedBy) implements SessionEvent {
}
