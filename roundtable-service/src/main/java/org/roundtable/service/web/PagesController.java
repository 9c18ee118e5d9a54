package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The first pages: logging in, and the cases the person may see. */
@Controller
class PagesController {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    PagesController(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One line of the list of cases, as the page shows it. */
    record CaseLine(String caseId, String number, String status, String urgency, String category, @Nullable String lead,
                    String raised) { }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The chair starts on the dashboard; everyone else on the list of cases. */
    @GetMapping("/")
    String home(Reader reader) {
        return reader.holds(Role.CHAIR) ? "redirect:/dashboard" : "redirect:/cases";
    }

    /**
     * The cases the person may see, as the API lists them; the look is recorded like an API read. A compliance
     * reviewer is asked for the look's purpose first.
     */
    @GetMapping("/cases")
    String cases(Reader reader, @RequestParam(required = false) @Nullable String purpose, Locale locale, Model model) {
        model.addAttribute("person", reader.person().value());
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        List<CaseSummary> cases = queries.query(FindCases.all(reader),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        accessLog.shown(reader, Look.CASE_LIST, null, why, List.of());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(clock.getZone());
        model.addAttribute("cases", cases.stream().map(summary -> new CaseLine(summary.caseId().value().toString(),
                summary.caseNumber().value(),
                summary.status().name(), summary.urgency().name(), summary.category().name(),
                summary.lead() == null ? null : summary.lead().value(), date.format(summary.raisedAt()))).toList());
        return "cases";
    }
}
