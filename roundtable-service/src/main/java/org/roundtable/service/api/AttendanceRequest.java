package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.Attendance;

/** How a partner takes part in the session, and who represents it: required when present, refused otherwise. */
record AttendanceRequest(@NotNull PartnerId partner, @NotNull Attendance attendance, @Nullable PersonId representedBy) {
}
