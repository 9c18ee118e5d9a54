package org.roundtable.projections.statistics;

import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.statistics.CountTable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/** Counts the statistics' rows into one table per measure. */
class StatisticsReader {

    private final JdbcClient jdbc;

    StatisticsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean knows(CaseId caseId) {
        return jdbc.sql("select count(*) from statistics_case where case_id = :caseId")
                .param("caseId", caseId.value())
                .query(Long.class)
                .single() > 0;
    }

    /** Every measure's counts for the months from {@code from} to {@code to}: a row per month, a column per category. */
    Map<Measure, CountTable> counts(YearMonth from, YearMonth to) {
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        Map<Measure, int[][]> counts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            counts.put(measure, new int[months][ConcernCategory.values().length]);
        }
        jdbc.sql("""
                        select measure, month_start, category, count(*) as events
                        from statistics_event
                        where month_start between :from and :to
                        group by measure, month_start, category""")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month_start", LocalDate.class));
                    int row = (int) ChronoUnit.MONTHS.between(from, month);
                    int column = ConcernCategory.valueOf(rs.getString("category")).ordinal();
                    counts.get(Measure.valueOf(rs.getString("measure")))[row][column] = rs.getInt("events");
                });
        Map<Measure, CountTable> tables = new EnumMap<>(Measure.class);
        counts.forEach((measure, table) -> tables.put(measure, CountTable.of(table)));
        return tables;
    }
}
