package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.Attendance;

/** How a partner takes part in a session, and who represents it when present (null otherwise). */
public record AttendanceView(PartnerId partner, Attendance attendance, @Nullable PersonId representedBy) {
}
