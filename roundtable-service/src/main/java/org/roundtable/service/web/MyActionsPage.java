package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.sharing.Reader;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.projections.casedetail.ActionOverview;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindActions;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.ProgressNote;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partner's representative's work: the open actions assigned to their partner across its cases, the earliest
 * due first with the overdue ones said to be so, and those done in the last 30 days. The same query and access
 * record as the API's list of actions. Each open action shows its progress notes (as its case file holds them)
 * and the partner's next steps: accept or decline it while it is not answered, note its progress, report it done
 * ({@link ActionLifePage}, {@link CompleteActionPage}).
 */
@Controller
class MyActionsPage {

    /** How long a completed action stays on the list. */
    static final Duration RECENT = Duration.ofDays(30);

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    MyActionsPage(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/actions")
    String actions(Reader reader, @RequestParam(required = false) @Nullable String purpose, Locale locale, Model model) {
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        FindActions query = FindActions.all(reader, LocalDate.now(clock)).assignedTo(reader.partner())
                .completedSince(clock.instant().minus(RECENT));
        List<ActionOverview> actions = queries.query(query, ResponseTypes.multipleInstancesOf(ActionOverview.class)).join();
        LooksAcrossCases.record(accessLog, reader, Look.ACTIONS, why,
                actions.stream().map(action -> new LooksAcrossCases.Shown(action.caseId(), null)).toList());
        List<ActionOverview> open = actions.stream().filter(action -> action.status().open()).toList();
        model.addAttribute("open", open);
        model.addAttribute("progress", progress(reader, open));
        Map<ActionId, String> formKeys = new HashMap<>(); // one per form: each acceptance is its own request
        open.forEach(action -> formKeys.put(action.actionId(), OncePerForm.newKey()));
        model.addAttribute("formKeys", formKeys);
        model.addAttribute("dateTime", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()));
        model.addAttribute("done", actions.stream().filter(action -> !action.status().open()).toList());
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return "actions";
    }

    /**
     * The progress notes of these actions, by action, from their cases' files as the reader sees them (the cases
     * whose actions the look above recorded).
     */
    private Map<ActionId, List<ProgressNote>> progress(Reader reader, List<ActionOverview> actions) {
        Set<CaseId> cases = new LinkedHashSet<>();
        actions.forEach(action -> cases.add(action.caseId()));
        Map<ActionId, List<ProgressNote>> notes = new HashMap<>();
        for (CaseId caseId : cases) {
            Optional<CaseDetail> detail = queries.query(new FindCaseDetail(reader, caseId),
                    ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
            detail.ifPresent(found -> found.actions().forEach(action -> notes.put(action.actionId(), action.progress())));
        }
        return notes;
    }
}
