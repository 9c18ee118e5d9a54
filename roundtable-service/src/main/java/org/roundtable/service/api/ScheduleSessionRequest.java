package org.roundtable.service.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.sessions.Venue;

import java.time.Instant;

/**
 * When a session starts and where it meets: a place, a video link (https), or both. Scheduling and rescheduling
 * take the same body.
 */
record ScheduleSessionRequest(@NotNull Instant startsAt, @Nullable String place, @Nullable String videoLink) {

    Venue venue() {
        return Venue.of(place, videoLink);
    }
}
