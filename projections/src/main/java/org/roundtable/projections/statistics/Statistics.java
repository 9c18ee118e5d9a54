package org.roundtable.projections.statistics;

import java.time.YearMonth;

/**
 * The round table's statistics for the months {@code from} to {@code to}: one table per measure, by month (in
 * UTC) and concern category, each suppressed on its own.
 *
 * @param concernsRaised    concerns raised, by the month they were raised
 * @param casesOpened       concerns adopted as cases, by the month of the screening
 * @param concernsReferred  concerns referred to another service, by the month of the screening
 * @param concernsDismissed concerns dismissed, by the month of the screening
 * @param concernsAdvised   concerns answered with advice only, by the month of the screening
 * @param concernsSignposted concerns signposted to one partner, by the month of the screening
 * @param casesClosed       closings of cases, by the month of each closing
 */
public record Statistics(YearMonth from, YearMonth to, StatisticsTable concernsRaised, StatisticsTable casesOpened,
                         StatisticsTable concernsReferred, StatisticsTable concernsDismissed,
                         StatisticsTable concernsAdvised, StatisticsTable concernsSignposted,
                         StatisticsTable casesClosed) {
}
