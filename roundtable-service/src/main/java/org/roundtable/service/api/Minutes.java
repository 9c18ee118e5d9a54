package org.roundtable.service.api;

import org.jspecify.annotations.Nullable;
import org.roundtable.projections.sessions.SessionView;

import java.time.LocalDate;

/**
 * A session's minutes as one reader may have them, generated from the session's events and from the decisions
 * taken at its table: the session as that reader sees it (the items it may see, each with notes, decisions and
 * corrections), whether they are final ({@code finalised}: the session was closed), the day they are due to be final, and whether
 * they are late. Always marked {@code RESTRICTED}: they name young people at risk and what professionals said.
 *
 * @param dueOn the last day the minutes are to be final, a number of working days after the session's day; null
 *              for a session called off, which has no minutes
 */
record Minutes(String marking, boolean finalised, @Nullable LocalDate dueOn, boolean late, SessionView session) {

    static final String RESTRICTED = "RESTRICTED";
}
