package org.roundtable.projections.statistics;

import java.time.YearMonth;
import java.util.List;

/** One month of a statistics table: its count in each concern category, and its total. */
public record MonthFigures(YearMonth month, List<CategoryFigure> categories, Figure total) {

    public MonthFigures {
        categories = List.copyOf(categories);
    }
}
