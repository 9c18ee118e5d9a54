package org.roundtable.core.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Count tables written as text, one row per line, and suppressed tables read back the same way, each row with
 * its total after a bar and a last line of the column totals and the grand total: "&lt;5" for a count below five,
 * "--" for a complementary cell.
 */
final class Tables {

    private Tables() {
    }

    static CountTable table(String rows) {
        return CountTable.of(rows.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> Arrays.stream(line.split("\\s+")).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new));
    }

    /** The table as the suppression rule lets it be shown. */
    static List<String> shown(String rows) {
        return lines(Suppression.apply(table(rows)));
    }

    static List<String> lines(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            lines.add(line(table, row));
        }
        lines.add(line(table, Cell.TOTAL));
        return lines;
    }

    private static String line(SuppressedTable table, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.columns(); column++) {
            cells.add(text(table, new Cell(row, column)));
        }
        return cells.stream().collect(Collectors.joining(" ")) + " | " + text(table, new Cell(row, Cell.TOTAL));
    }

    private static String text(SuppressedTable table, Cell cell) {
        Suppressed suppressed = table.suppression(cell);
        if (suppressed == null) {
            return String.valueOf(table.value(cell));
        }
        return suppressed == Suppressed.BELOW_FIVE ? "<5" : "--";
    }
}
