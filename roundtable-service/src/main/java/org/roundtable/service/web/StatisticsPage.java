package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.statistics.Figure;
import org.roundtable.projections.statistics.FindStatistics;
import org.roundtable.projections.statistics.MonthFigures;
import org.roundtable.projections.statistics.Statistics;
import org.roundtable.projections.statistics.StatisticsTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The round table's figures for policy members and the chair: each measure over the last twelve months as a
 * bar chart drawn on the server (SVG), with a hidden count shown as hidden, never as a number. The same query,
 * and the same suppression, as {@code GET /api/statistics}.
 */
@Controller
class StatisticsPage {

    /** The chart's height in SVG units, for the largest monthly total. */
    static final int CHART_HEIGHT = 120;

    private final QueryGateway queries;
    private final Clock clock;

    StatisticsPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** One measure: its message key, its bars (one a month) and its table. */
    record Chart(String measure, List<Bar> bars, StatisticsTable table) { }

    /** One month's bar: its label, its height in SVG units, and what it shows ("12", or hidden). */
    record Bar(String month, int x, int height, @Nullable Integer value, @Nullable String suppression) { }

    @GetMapping("/statistics")
    String statistics(Reader reader, Locale locale, Model model) {
        YearMonth to = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        Statistics statistics = queries.query(new FindStatistics(reader, to.minusMonths(11), to),
                ResponseTypes.instanceOf(Statistics.class)).join();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        model.addAttribute("charts", List.of(
                chart("concernsRaised", statistics.concernsRaised(), month),
                chart("casesOpened", statistics.casesOpened(), month),
                chart("concernsReferred", statistics.concernsReferred(), month),
                chart("concernsDismissed", statistics.concernsDismissed(), month),
                chart("concernsAdvised", statistics.concernsAdvised(), month),
                chart("concernsSignposted", statistics.concernsSignposted(), month),
                chart("casesClosed", statistics.casesClosed(), month)));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        return "statistics";
    }

    private static Chart chart(String measure, StatisticsTable table, DateTimeFormatter month) {
        int largest = table.months().stream().map(MonthFigures::total).map(Figure::value)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(5);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < table.months().size(); i++) {
            MonthFigures figures = table.months().get(i);
            Integer value = figures.total().value();
            int height = value == null ? CHART_HEIGHT / 10 : Math.max(1, value * CHART_HEIGHT / Math.max(largest, 1));
            bars.add(new Bar(month.format(figures.month()), i * 40, height, value,
                    figures.total().suppression() == null ? null : figures.total().suppression().name()));
        }
        return new Chart(measure, bars, table);
    }
}
