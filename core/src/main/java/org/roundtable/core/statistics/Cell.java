package org.roundtable.core.statistics;

/**
 * A place in a count table: a count ({@code row}, {@code column}), a row's total ({@code column} is
 * {@link #TOTAL}), a column's total ({@code row} is {@link #TOTAL}), or the grand total (both are).
 */
public record Cell(int row, int column) {

    /** The index that stands for "the total" instead of a row or a column. */
    public static final int TOTAL = -1;

    public Cell {
        if (row < TOTAL || column < TOTAL) {
            throw new IllegalArgumentException("no such cell: " + row + ", " + column);
        }
    }

    public static Cell count(int row, int column) {
        if (row == TOTAL || column == TOTAL) {
            throw new IllegalArgumentException("a count has a row and a column");
        }
        return new Cell(row, column);
    }

    public static Cell rowTotal(int row) {
        return new Cell(row, TOTAL);
    }

    public static Cell columnTotal(int column) {
        return new Cell(TOTAL, column);
    }

    public static Cell grandTotal() {
        return new Cell(TOTAL, TOTAL);
    }

    /** Whether this is a count rather than a total. */
    public boolean isCount() {
        return row != TOTAL && column != TOTAL;
    }

    /** Whether this is a row's or a column's total (not the grand total). */
    public boolean isMargin() {
        return (row == TOTAL) != (column == TOTAL);
    }

    @Override
    public String toString() {
        return "(" + (row == TOTAL ? "total" : row) + ", " + (column == TOTAL ? "total" : column) + ")";
    }
}
