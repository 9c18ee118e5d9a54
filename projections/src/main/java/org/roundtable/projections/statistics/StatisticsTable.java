package org.roundtable.projections.statistics;

import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.statistics.Cell;
import org.roundtable.core.statistics.SuppressedTable;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure by month and concern category, as it may be shown: a row per month with its total, the total of
 * each category over the months, and the grand total.
 */
public record StatisticsTable(List<MonthFigures> months, List<CategoryFigure> categoryTotals, Figure total) {

    public StatisticsTable {
        months = List.copyOf(months);
        categoryTotals = List.copyOf(categoryTotals);
    }

    /** The suppressed table whose rows are these months and whose columns are the concern categories in order. */
    static StatisticsTable of(SuppressedTable table, YearMonth first) {
        List<MonthFigures> months = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            months.add(new MonthFigures(first.plusMonths(row), categories(table, row), figure(table, Cell.rowTotal(row))));
        }
        return new StatisticsTable(months, categories(table, Cell.TOTAL), figure(table, Cell.grandTotal()));
    }

    private static List<CategoryFigure> categories(SuppressedTable table, int row) {
        ConcernCategory[] categories = ConcernCategory.values();
        List<CategoryFigure> figures = new ArrayList<>(categories.length);
        for (int column = 0; column < categories.length; column++) {
            Cell cell = new Cell(row, column);
            figures.add(new CategoryFigure(categories[column], table.value(cell), table.suppression(cell)));
        }
        return figures;
    }

    private static Figure figure(SuppressedTable table, Cell cell) {
        return new Figure(table.value(cell), table.suppression(cell));
    }
}
