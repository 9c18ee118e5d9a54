package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.Role;
import org.roundtable.core.sessions.MinutesDue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionOverview;
import org.roundtable.projections.casedetail.FindActions;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.projections.consents.ConsentRequest;
import org.roundtable.projections.consents.ConsentStatus;
import org.roundtable.projections.consents.FindConsentRequests;
import org.roundtable.projections.sessions.SessionPeriod;
import org.roundtable.projections.sessions.SessionSummary;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chair's start: the next session and the sessions whose minutes are late, concerns waiting for screening,
 * open cases, actions overdue and due in the next 7 days, and the consents refused, each counted at the top and listed below. Each list comes from the query the API answers,
 * and each look is recorded like the API's.
 */
@Controller
class DashboardPage {

    /** How many days ahead "due soon" looks, today included. */
    static final int DUE_SOON_DAYS = 7;

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;
    private final SessionReads sessions;
    private final int minutesDueWorkingDays;

    DashboardPage(QueryGateway queries, AccessLog accessLog, Clock clock, SessionReads sessions,
                  RoundtableProperties properties) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
        this.sessions = sessions;
        this.minutesDueWorkingDays = properties.sessions().minutesDueWorkingDays();
    }

    /** A session held and not yet closed whose minutes are past the day they were due. */
    record LateMinutes(SessionSummary session, LocalDate dueOn) { }

    /** A refused consent as the dashboard lists it: its case, the action, who asked and who refused. */
    record Refusal(String caseId, String caseNumber, String actionId, @Nullable String action, String asks,
                   @Nullable String owner, @Nullable String reason) { }

    @GetMapping("/dashboard")
    String dashboard(Reader reader, Locale locale, Model model) {
        if (!reader.holds(Role.CHAIR)) {
            throw new NotAllowed("not-the-chair", "the dashboard is the chair's");
        }
        String why = accessLog.purpose(reader, null);
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> cases = queries.query(FindCases.all(reader),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        accessLog.shown(reader, Look.CASE_LIST, null, why, List.of());
        List<ActionOverview> due = queries.query(FindActions.all(reader, today).dueBefore(today.plusDays(DUE_SOON_DAYS)),
                        ResponseTypes.multipleInstancesOf(ActionOverview.class)).join()
                .stream().filter(action -> action.status().open()).toList();
        LooksAcrossCases.record(accessLog, reader, Look.ACTIONS, why,
                due.stream().map(action -> new LooksAcrossCases.Shown(action.caseId(), null)).toList());
        List<ConsentRequest> refused = queries.query(new FindConsentRequests(reader, ConsentStatus.REFUSED, null),
                ResponseTypes.multipleInstancesOf(ConsentRequest.class)).join();
        LooksAcrossCases.record(accessLog, reader, Look.CONSENT_REQUESTS, why, refused.stream()
                .map(request -> new LooksAcrossCases.Shown(request.caseId(), request.consent().informationId())).toList());

        List<SessionSummary> scheduled = sessions.list(reader, SessionPeriod.UPCOMING, why);
        Instant now = clock.instant();
        model.addAttribute("nextSession", scheduled.stream().filter(session -> session.startsAt().isAfter(now))
                .findFirst().orElse(null));
        model.addAttribute("lateMinutes", scheduled.stream().filter(session -> !session.startsAt().isAfter(now))
                .map(session -> new LateMinutes(session,
                        MinutesDue.dueOn(LocalDate.ofInstant(session.startsAt(), clock.getZone()), minutesDueWorkingDays)))
                .filter(late -> today.isAfter(late.dueOn()))
                .toList());
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()));
        model.addAttribute("raised", cases.stream().filter(summary -> summary.status() == CaseStatus.RAISED).toList());
        model.addAttribute("open", cases.stream().filter(summary -> summary.status() == CaseStatus.OPEN).toList());
        model.addAttribute("reviewsDue", reviewsDue(cases, today));
        model.addAttribute("overdue", due.stream().filter(ActionOverview::overdue).toList());
        model.addAttribute("dueSoon", due.stream().filter(action -> !action.overdue()).toList());
        model.addAttribute("refused", refusals(reader, today, cases, refused));
        model.addAttribute("dueSoonDays", DUE_SOON_DAYS);
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(clock.getZone()));
        return "dashboard";
    }

    /** Each refusal with its case's number and its action's description, from the same queries. */
    private List<Refusal> refusals(Reader reader, LocalDate today, List<CaseSummary> cases, List<ConsentRequest> refused) {
        Map<CaseId, String> numbers = new HashMap<>();
        cases.forEach(summary -> numbers.put(summary.caseId(), summary.caseNumber().value()));
        Map<CaseId, List<ActionOverview>> actions = new HashMap<>();
        return refused.stream().map(request -> {
            List<ActionOverview> ofCase = actions.computeIfAbsent(request.caseId(), id -> queries.query(
                    FindActions.all(reader, today).inCase(id), ResponseTypes.multipleInstancesOf(ActionOverview.class)).join());
            Optional<ActionOverview> action = ofCase.stream()
                    .filter(one -> one.actionId().equals(request.consent().actionId())).findFirst();
            return new Refusal(request.caseId().value().toString(), numbers.getOrDefault(request.caseId(), ""),
                    request.consent().actionId().value().toString(), action.map(ActionOverview::description).orElse(null),
                    request.consent().assignee().value(),
                    request.consent().owner() == null ? null : request.consent().owner().value(),
                    request.consent().refusalReason());
        }).toList();
    }

    /** A review due: an open case's next review, or a closed case's review after closing, and its day. */
    record ReviewDue(CaseSummary summary, LocalDate dueOn, boolean afterClosing) { }

    /**
     * Open cases whose review day has come (or comes today), and closed cases with a review after closing due (the
     * earliest one), the earliest first.
     */
    static List<ReviewDue> reviewsDue(List<CaseSummary> cases, LocalDate today) {
        List<ReviewDue> due = new ArrayList<>();
        for (CaseSummary summary : cases) {
            if (summary.status() == CaseStatus.OPEN && summary.nextReviewOn() != null
                    && (summary.reviewDue() || !summary.nextReviewOn().isAfter(today))) {
                due.add(new ReviewDue(summary, summary.nextReviewOn(), false));
            } else if (summary.status() == CaseStatus.CLOSED && !summary.postClosureReviewsDue().isEmpty()) {
                due.add(new ReviewDue(summary, summary.postClosureReviewsDue().get(0), true));
            }
        }
        due.sort(java.util.Comparator.comparing(ReviewDue::dueOn));
        return due;
    }
}
