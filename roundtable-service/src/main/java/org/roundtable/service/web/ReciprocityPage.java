package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.service.reports.ReciprocityReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chair's reciprocity report: per partner, over a period chosen with two dates (by default the last twelve
 * months), what it shared, how often its people looked at cases and how many items they read, the actions it
 * took on and completed. The same report as {@code GET /api/reports/reciprocity}, its look recorded the same
 * way; numbers and dates written for the reader's language.
 */
@Controller
class ReciprocityPage {

    private final ReciprocityReport report;

    ReciprocityPage(ReciprocityReport report) {
        this.report = report;
    }

    /** One partner's line, its figures written for the reader's language. */
    record Line(String partner, boolean active, String itemsShared, String looks, String itemsRead,
                String actionsTakenOn, String actionsCompleted) { }

    @GetMapping("/reports/reciprocity")
    String reciprocity(Reader reader, @RequestParam(required = false) @Nullable String from,
                       @RequestParam(required = false) @Nullable String to, Locale locale, Model model,
                       HttpServletResponse response) {
        report.admit(reader); // anyone but the chair: refused, and recorded
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate last = day(to, "to", problems);
        LocalDate first = day(from, "from", problems);
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            try {
                ReciprocityReport.Report read = report.read(reader, first, last);
                NumberFormat number = NumberFormat.getIntegerInstance(locale);
                DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
                model.addAttribute("from", read.from().toString());
                model.addAttribute("to", read.to().toString());
                model.addAttribute("period", List.of(date.format(read.from()), date.format(read.to())));
                model.addAttribute("lines", read.partners().stream().map(line -> new Line(line.partner().value(),
                        line.active(), number.format(line.itemsShared()), number.format(line.looks()),
                        number.format(line.itemsRead()), number.format(line.actionsTakenOn()),
                        number.format(line.actionsCompleted()))).toList());
                return "reciprocity";
            } catch (InvalidValue invalid) {
                problems.put(invalid.field(), "reciprocity.problem." + invalid.field());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "reciprocity";
    }

    /** A day as a date field sends it; none (the default) when empty, a problem when it is not a date. */
    private static @Nullable LocalDate day(@Nullable String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException invalid) {
            problems.put(field, "reciprocity.problem.date");
            return null;
        }
    }
}
