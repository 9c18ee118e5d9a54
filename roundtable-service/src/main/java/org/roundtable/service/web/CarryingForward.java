package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sessions.CarriedForward;
import org.roundtable.core.sessions.CarryForwardReason;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionOverview;
import org.roundtable.projections.casedetail.ActionStatus;
import org.roundtable.projections.casedetail.FindActions;
import org.roundtable.projections.sessions.AgendaItemView;
import org.roundtable.projections.sessions.SessionView;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run-sheet's part in closing a session: the actions still open (neither completed nor cancelled) in the cases
 * on the agenda, read as {@code GET /api/actions?caseId=...} reads them and recorded as that look, each to be carried
 * forward with a reason; and the reasons the chair chose, as the form sends them ({@code carry-<actionId>} =
 * {@code <caseId>/<reason>}).
 */
@Component
class CarryingForward {

    /** The prefix of each open action's choice in the closing form. */
    static final String FIELD = "carry-";

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    CarryingForward(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The open actions of the cases on the agenda, case by case in the agenda's order, each case's look recorded. */
    List<ActionOverview> openActions(Reader reader, String why, SessionView session) {
        List<ActionOverview> open = new ArrayList<>();
        session.agenda().stream().filter(item -> !item.dropped()).map(AgendaItemView::caseId).distinct()
                .forEach(caseId -> queries.query(FindActions.all(reader, LocalDate.now(clock)).inCase(caseId),
                                ResponseTypes.multipleInstancesOf(ActionOverview.class)).join().stream()
                        .filter(action -> action.status() != ActionStatus.COMPLETED && action.status() != ActionStatus.CANCELLED)
                        .forEach(open::add));
        if (!open.isEmpty()) {
            LooksAcrossCases.record(accessLog, reader, Look.ACTIONS, why,
                    open.stream().map(action -> new LooksAcrossCases.Shown(action.caseId(), null)).toList());
        }
        return open;
    }

    /**
     * The actions the chair carries forward, with the reason chosen for each; an action without a choice is left
     * out, for the session to refuse.
     *
     * @throws IllegalArgumentException for a choice the form did not offer
     */
    static List<CarriedForward> chosen(Map<String, String> form) {
        List<CarriedForward> carried = new ArrayList<>();
        form.forEach((field, value) -> {
            if (field.startsWith(FIELD)) {
                String[] caseAndReason = value.split("/");
                if (caseAndReason.length != 2) {
                    throw new IllegalArgumentException("not a choice the form offered: " + field);
                }
                carried.add(new CarriedForward(new CaseId(UUID.fromString(caseAndReason[0])),
                        new ActionId(UUID.fromString(field.substring(FIELD.length()))),
                        CarryForwardReason.valueOf(caseAndReason[1])));
            }
        });
        return carried;
    }
}
