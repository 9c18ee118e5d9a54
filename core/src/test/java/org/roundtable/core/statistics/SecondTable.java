package org.roundtable.core.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks, by plain search, for a second table a reader could not tell from the true one: the same counts and
 * totals where they are shown, a value below five wherever "&lt;5" is shown, five or more wherever a
 * complementary cell is, and another value in the cell in question. It knows nothing of the auditor's
 * network, so that it can check the auditor: it tries the hidden counts one by one, row by row, and gives up
 * on a branch as soon as some row, column or the grand total can no longer come out right.
 * <p>
 * Hidden counts of five or more are tried up to {@link #SLACK} above their true value, so a second table found
 * is a real one, and one not found is not found within that box.
 */
final class SecondTable {

    static final int SLACK = 3;
    private static final long BUDGET = 20_000_000;

    private final CountTable truth;
    private final SuppressedTable shown;
    private final Cell target;
    private final int rows;
    private final int columns;
    private final List<Cell> free = new ArrayList<>();
    private final int[][] values;
    private final long[] rowSum;
    private final long[] columnSum;
    private final long[] rowRoomMin;
    private final long[] rowRoomMax;
    private final long[] columnRoomMin;
    private final long[] columnRoomMax;
    private final int[] rowFree;
    private final int[] columnFree;
    private long sum;
    private int freeLeft;
    private long roomMin;
    private long roomMax;
    private long steps;

    private SecondTable(CountTable truth, SuppressedTable shown, Cell target) {
        this.truth = truth;
        this.shown = shown;
        this.target = target;
        this.rows = truth.rows();
        this.columns = truth.columns();
        this.values = new int[rows][columns];
        this.rowSum = new long[rows];
        this.columnSum = new long[columns];
        this.rowRoomMin = new long[rows];
        this.rowRoomMax = new long[rows];
        this.columnRoomMin = new long[columns];
        this.columnRoomMax = new long[columns];
        this.rowFree = new int[rows];
        this.columnFree = new int[columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Cell cell = Cell.count(row, column);
                Integer value = shown.value(cell);
                if (value == null) {
                    free.add(cell);
                    room(cell, +1);
                } else {
                    add(cell, value);
                }
            }
        }
    }

    /** A second table consistent with what is shown whose value in the target cell differs from the truth. */
    static Optional<int[][]> differingIn(CountTable truth, SuppressedTable shown, Cell target) {
        if (shown.suppression(target) == null) {
            throw new IllegalArgumentException(target + " is shown");
        }
        SecondTable search = new SecondTable(truth, shown, target);
        return search.search(0) ? Optional.of(search.values) : Optional.empty();
    }

    private boolean search(int next) {
        if (++steps > BUDGET) {
            throw new AssertionError("the search for a second table grew too large");
        }
        if (next == free.size()) {
            return differs();
        }
        Cell cell = free.get(next);
        room(cell, -1);
        int known = truth.count(cell.row(), cell.column());
        for (int distance = 0; distance <= known + highest(cell); distance++) {
            for (int value : distance == 0 ? new int[] {known} : new int[] {known + distance, known - distance}) {
                if (value < lowest(cell) || value > highest(cell) || (cell.equals(target) && value == known)) {
                    continue;
                }
                add(cell, value);
                if (stillPossible(cell) && search(next + 1)) {
                    return true;
                }
                add(cell, -value);
            }
        }
        room(cell, +1);
        return false;
    }

    /** Whether the rows, column and grand total touched by the cell can still come out as shown. */
    private boolean stillPossible(Cell cell) {
        int row = cell.row();
        int column = cell.column();
        return fits(Cell.rowTotal(row), rowSum[row], rowRoomMin[row], rowRoomMax[row], rowFree[row])
                && fits(Cell.columnTotal(column), columnSum[column], columnRoomMin[column], columnRoomMax[column],
                columnFree[column])
                && fits(Cell.grandTotal(), sum, roomMin, roomMax, freeLeft);
    }

    private boolean fits(Cell total, long partial, long min, long max, int stillFree) {
        long lowest = partial + min;
        long highest = partial + max;
        Integer value = shown.value(total);
        boolean fits;
        if (value != null) {
            fits = lowest <= value && value <= highest;
        } else if (shown.suppression(total) == Suppressed.BELOW_FIVE) {
            fits = lowest <= Suppression.THRESHOLD - 1;
        } else {
            fits = highest >= Suppression.THRESHOLD;
        }
        if (fits && total.equals(target) && stillFree == 0) {
            return lowest != truth.value(total);
        }
        return fits;
    }

    /** Every row, column and the grand total as shown, and the target cell different. */
    private boolean differs() {
        for (int row = 0; row < rows; row++) {
            if (!fits(Cell.rowTotal(row), rowSum[row], 0, 0, 0)) {
                return false;
            }
        }
        for (int column = 0; column < columns; column++) {
            if (!fits(Cell.columnTotal(column), columnSum[column], 0, 0, 0)) {
                return false;
            }
        }
        if (!fits(Cell.grandTotal(), sum, 0, 0, 0)) {
            return false;
        }
        long targetValue = target.isCount() ? values[target.row()][target.column()]
                : target.row() == Cell.TOTAL && target.column() == Cell.TOTAL ? sum
                : target.column() == Cell.TOTAL ? rowSum[target.row()] : columnSum[target.column()];
        return targetValue != truth.value(target);
    }

    private int lowest(Cell cell) {
        return shown.suppression(cell) == Suppressed.BELOW_FIVE ? 0 : Suppression.THRESHOLD;
    }

    private int highest(Cell cell) {
        return shown.suppression(cell) == Suppressed.BELOW_FIVE ? Suppression.THRESHOLD - 1
                : truth.count(cell.row(), cell.column()) + SLACK;
    }

    private void add(Cell cell, int value) {
        values[cell.row()][cell.column()] += value;
        rowSum[cell.row()] += value;
        columnSum[cell.column()] += value;
        sum += value;
    }

    /** Counts the cell's range into (+1) or out of (-1) what its row, column and the table still leave open. */
    private void room(Cell cell, int sign) {
        int row = cell.row();
        int column = cell.column();
        rowRoomMin[row] += sign * lowest(cell);
        rowRoomMax[row] += sign * highest(cell);
        columnRoomMin[column] += sign * lowest(cell);
        columnRoomMax[column] += sign * highest(cell);
        roomMin += sign * lowest(cell);
        roomMax += sign * highest(cell);
        rowFree[row] += sign;
        columnFree[column] += sign;
        freeLeft += sign;
    }
}
