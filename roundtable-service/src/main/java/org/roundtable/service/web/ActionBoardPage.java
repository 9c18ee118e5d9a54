package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionOverview;
import org.roundtable.projections.casedetail.ActionStatus;
import org.roundtable.projections.casedetail.FindActions;
import org.roundtable.projections.directory.FindPartners;
import org.roundtable.projections.directory.PartnerSummary;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The action board: the actions not done or cancelled across every case whose file the reader may see, the
 * earliest due first, narrowed by partner, case, status and whether they are overdue (a plain GET form). The same
 * query ({@link FindActions}) and the same access record as {@code GET /api/actions}: one look per case whose
 * actions it shows (the case filter offers the case numbers of every case with actions the reader may see; it
 * shows none of their actions). A filter the page did not offer counts as no filter.
 */
@Controller
class ActionBoardPage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    ActionBoardPage(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The filters as chosen, to show them again; an empty text is "any". */
    record Filters(String partner, String caseId, String status, String overdue) { }

    @GetMapping("/actions/board")
    String board(Reader reader, @RequestParam(required = false) @Nullable String partner,
                 @RequestParam(required = false) @Nullable String caseId,
                 @RequestParam(required = false) @Nullable String status,
                 @RequestParam(required = false) @Nullable String overdue,
                 @RequestParam(required = false) @Nullable String purpose, Locale locale, Model model) {
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        PartnerId assignee = partner(partner);
        ActionStatus wanted = status(status);
        Boolean late = overdue == null ? null : switch (overdue) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        CaseId chosenCase = caseId(caseId);
        List<ActionOverview> actions = notDone(find(FindActions.all(reader, LocalDate.now(clock)).assignedTo(assignee)
                .inCase(chosenCase).withStatus(wanted).overdue(late)), wanted);
        // The cases to choose from: those with actions the reader may see, whatever the other filters.
        Map<String, CaseNumber> cases = new LinkedHashMap<>();
        find(FindActions.all(reader, LocalDate.now(clock))).stream()
                .sorted((a, b) -> a.caseNumber().value().compareTo(b.caseNumber().value()))
                .forEach(action -> cases.putIfAbsent(action.caseId().value().toString(), action.caseNumber()));
        LooksAcrossCases.record(accessLog, reader, Look.ACTIONS, why,
                actions.stream().map(action -> new LooksAcrossCases.Shown(action.caseId(), null)).toList());

        model.addAttribute("actions", actions);
        model.addAttribute("cases", cases);
        model.addAttribute("partners", queries.query(new FindPartners(),
                ResponseTypes.multipleInstancesOf(PartnerSummary.class)).join());
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        model.addAttribute("filters", new Filters(assignee == null ? "" : assignee.value(),
                chosenCase == null ? "" : chosenCase.value().toString(), wanted == null ? "" : wanted.name(),
                late == null ? "" : late ? "yes" : "no"));
        model.addAttribute("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return "board";
    }

    private List<ActionOverview> find(FindActions query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(ActionOverview.class)).join();
    }

    /** Without a status chosen, the board keeps the actions still in play: neither completed nor cancelled. */
    private static List<ActionOverview> notDone(List<ActionOverview> actions, @Nullable ActionStatus wanted) {
        if (wanted != null) {
            return actions;
        }
        return actions.stream().filter(action -> action.status() != ActionStatus.COMPLETED
                && action.status() != ActionStatus.CANCELLED).toList();
    }

    private static @Nullable PartnerId partner(@Nullable String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return PartnerId.of(chosen);
        } catch (InvalidValue | IllegalArgumentException notOffered) {
            return null;
        }
    }

    private static @Nullable ActionStatus status(@Nullable String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return ActionStatus.valueOf(chosen);
        } catch (IllegalArgumentException notOffered) {
            return null;
        }
    }

    private static @Nullable CaseId caseId(@Nullable String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return new CaseId(UUID.fromString(chosen));
        } catch (IllegalArgumentException notOffered) {
            return null;
        }
    }
}
