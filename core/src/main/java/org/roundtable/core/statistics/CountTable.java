package org.roundtable.core.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts by row and column (for the round table: months by concern category), none negative, with the totals
 * of each row, of each column and of the whole table.
 */
public final class CountTable {

    private final int[][] counts;
    private final int rows;
    private final int columns;

    private CountTable(int[][] counts) {
        this.rows = counts.length;
        this.columns = rows == 0 ? 0 : counts[0].length;
        if (rows == 0 || columns == 0) {
            throw new IllegalArgumentException("a count table has at least one row and one column");
        }
        this.counts = new int[rows][];
        for (int row = 0; row < rows; row++) {
            if (counts[row].length != columns) {
                throw new IllegalArgumentException("every row of a count table has " + columns + " columns");
            }
            for (int count : counts[row]) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count is never negative: " + count);
                }
            }
            this.counts[row] = counts[row].clone();
        }
    }

    /** A table of these counts, {@code counts[row][column]}. */
    public static CountTable of(int[][] counts) {
        return new CountTable(counts);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    public int rowTotal(int row) {
        int total = 0;
        for (int column = 0; column < columns; column++) {
            total += counts[row][column];
        }
        return total;
    }

    public int columnTotal(int column) {
        int total = 0;
        for (int row = 0; row < rows; row++) {
            total += counts[row][column];
        }
        return total;
    }

    public int grandTotal() {
        int total = 0;
        for (int row = 0; row < rows; row++) {
            total += rowTotal(row);
        }
        return total;
    }

    /** The count or total in this cell. */
    public int value(Cell cell) {
        requireInside(cell);
        if (cell.isCount()) {
            return count(cell.row(), cell.column());
        }
        if (cell.row() == Cell.TOTAL && cell.column() == Cell.TOTAL) {
            return grandTotal();
        }
        return cell.column() == Cell.TOTAL ? rowTotal(cell.row()) : columnTotal(cell.column());
    }

    /**
     * Every cell, as the table is read: each row's counts and then its total, then the column totals and the
     * grand total.
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>((rows + 1) * (columns + 1));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                cells.add(Cell.count(row, column));
            }
            cells.add(Cell.rowTotal(row));
        }
        for (int column = 0; column < columns; column++) {
            cells.add(Cell.columnTotal(column));
        }
        cells.add(Cell.grandTotal());
        return cells;
    }

    void requireInside(Cell cell) {
        if (cell.row() >= rows || cell.column() >= columns) {
            throw new IllegalArgumentException("the table has no cell " + cell);
        }
    }
}
