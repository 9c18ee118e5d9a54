package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;

import java.time.Instant;
import java.util.List;

/**
 * One session as its reader may see it: when and where, who chairs it, where it stands, the agenda in order (the
 * items still on it first, then those dropped), each partner's attendance and the confidentiality agreements.
 * The chair and compliance reviewers see every item, the reason a session was cancelled and the corrections of
 * the session as a whole; a partner's representative sees only the items about cases it may see in full, and
 * neither that reason nor those corrections (null and empty). Erased personal text is null.
 */
public record SessionView(SessionId sessionId, Instant startsAt, Venue venue, PersonId chairedBy, SessionStatus status,
                          @Nullable String cancelReason, @Nullable Instant closedAt, List<AgendaItemView> agenda,
                          List<AttendanceView> attendance, List<ConfidentialityAgreement> agreements,
                          List<Correction> corrections) {

    public SessionView {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        agreements = List.copyOf(agreements);
        corrections = List.copyOf(corrections);
    }
}
