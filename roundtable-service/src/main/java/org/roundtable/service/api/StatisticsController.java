package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.statistics.FindStatistics;
import org.roundtable.projections.statistics.Statistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The round table's statistics, for policy members and the chair. */
@RestController
@Tag(name = ApiDocumentation.REPORTS)
@RequestMapping("/api/statistics")
class StatisticsController {

    /** The months shown when none are asked for: the current one and the eleven before it. */
    static final int DEFAULT_MONTHS = 12;

    private final QueryGateway queries;
    private final Clock clock;

    StatisticsController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(operationId = "getStatistics", summary = "Read the round table's statistics",
            description = """
                    For policy members and the chair (anyone else: 403 `not-a-policy-member`): per month (in UTC) and \
                    concern category, the concerns raised, the cases opened, the concerns referred and dismissed, \
                    and the cases closed, each as a table with the total of each month, of each category and of all. \
                    No count below five is shown: such a cell has no `value` and the `suppression` `BELOW_FIVE` \
                    ("<5"). Where the totals would let a reader work such a count out, further cells are hidden \
                    too, with the `suppression` `COMPLEMENTARY`; no hidden count can be worked out from what is \
                    shown. The figures are brought up to date soon after each command, not in its transaction. \
                    From `from` to `to`, both included, at most 36 months; by default the current month and the \
                    eleven before it.""")
    @GetMapping
    Statistics statistics(Reader reader,
                          @Parameter(description = "the first month (`YYYY-MM`); by default eleven months before `to`",
                                  example = "2026-01")
                          @RequestParam(required = false) YearMonth from,
                          @Parameter(description = "the last month (`YYYY-MM`), at most 35 months after `from`; by "
                                  + "default the current month (UTC)", example = "2026-12")
                          @RequestParam(required = false) YearMonth to) {
        YearMonth last = to != null ? to : YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth first = from != null ? from : last.minusMonths(DEFAULT_MONTHS - 1);
        return queries.query(new FindStatistics(reader, first, last), ResponseTypes.instanceOf(Statistics.class)).join();
    }
}
