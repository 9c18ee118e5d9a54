package org.roundtable.service.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.sessions.CarriedForward;

import java.util.List;

/**
 * Closing a session: every action still open in a case on its agenda, carried forward to the next agenda with a
 * reason (none when left out: a session whose cases have no open action).
 */
record CloseSessionRequest(@Nullable @Size(max = MAX_CARRIED) List<@NotNull @Valid CarriedForwardRequest> carriedForward) {

    /** The most actions one closing carries forward. */
    static final int MAX_CARRIED = 1000;

    List<CarriedForward> actions() {
        return carriedForward == null ? List.of() : carriedForward.stream().map(CarriedForwardRequest::action).toList();
    }
}
