package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.sessions.AgendaItemView;
import org.roundtable.projections.sessions.FindSession;
import org.roundtable.projections.sessions.FindSessions;
import org.roundtable.projections.sessions.SessionPeriod;
import org.roundtable.projections.sessions.SessionSummary;
import org.roundtable.projections.sessions.SessionView;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The sessions' pages read as {@code GET /api/sessions} and {@code GET /api/sessions/{sessionId}} do: the same
 * queries, the same refusal for a reader who sees no sessions, and the same access records, written before the
 * page is sent: one per case whose item a session shows, one without a case for a list or a session showing none.
 */
@Component
class SessionReads {

    private final QueryGateway queries;
    private final AccessLog accessLog;

    SessionReads(QueryGateway queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** The purpose of a look at sessions (a compliance reviewer is asked first); refused, and recorded, for others. */
    String purpose(Reader reader, Look look, @Nullable String stated) {
        String why = accessLog.purpose(reader, stated);
        if (!NeedToKnow.seesSessions(reader)) {
            accessLog.refused(reader, look, null, why);
            throw new NotAllowed("not-a-session-reader",
                    "only the chair, compliance reviewers and the representatives of the round table's partners see sessions");
        }
        return why;
    }

    /** The upcoming or the past sessions, the look recorded. */
    List<SessionSummary> list(Reader reader, SessionPeriod period, String why) {
        List<SessionSummary> sessions = queries.query(new FindSessions(reader, period),
                ResponseTypes.multipleInstancesOf(SessionSummary.class)).join();
        accessLog.shown(reader, Look.SESSION_LIST, null, why, List.of());
        return sessions;
    }

    /** One session as the reader may see it, the look recorded; not found (and recorded so) when unknown. */
    SessionView session(Reader reader, SessionId sessionId, String why) {
        return session(reader, sessionId, why, Look.SESSION);
    }

    /** The session as the reader may see it, recorded as the given look (the session, or its minutes). */
    SessionView session(Reader reader, SessionId sessionId, String why, Look look) {
        Optional<SessionView> session = queries.query(new FindSession(reader, sessionId),
                ResponseTypes.optionalInstanceOf(SessionView.class)).join();
        if (session.isEmpty()) {
            accessLog.refused(reader, look, null, why);
            throw new UnknownItem("unknown-session", "there is no such session");
        }
        shown(reader, look, why, session.get().agenda().stream().map(AgendaItemView::caseId).toList());
        return session.get();
    }

    /**
     * One session as the reader may see it, for a form that works out its command from the agenda as it stands
     * and shows nothing of it (the chair moving an item): not a look, so not recorded.
     */
    SessionView sessionUnrecorded(Reader reader, SessionId sessionId) {
        return queries.query(new FindSession(reader, sessionId), ResponseTypes.optionalInstanceOf(SessionView.class))
                .join().orElseThrow(() -> new UnknownItem("unknown-session", "there is no such session"));
    }

    /** One access record per case shown; one without a case when none is. */
    void shown(Reader reader, Look look, String why, List<CaseId> cases) {
        List<CaseId> distinct = cases.stream().distinct().toList();
        if (distinct.isEmpty()) {
            accessLog.shown(reader, look, null, why, List.of());
        }
        distinct.forEach(caseId -> accessLog.shown(reader, look, caseId, why, List.of()));
    }
}
