package org.roundtable.core.statistics;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A count table as it may be shown: each cell either its count (five or more) or why it is hidden. A hidden
 * cell's count is not kept here, so nothing built from this table can show it by mistake.
 */
public final class SuppressedTable {

    private final int rows;
    private final int columns;
    private final Map<Cell, Integer> shown;
    private final Map<Cell, Suppressed> hidden;

    SuppressedTable(CountTable table, Map<Cell, Suppressed> hidden) {
        this.rows = table.rows();
        this.columns = table.columns();
        Map<Cell, Integer> shown = new LinkedHashMap<>();
        Map<Cell, Suppressed> inOrder = new LinkedHashMap<>();
        for (Cell cell : table.cells()) {
            if (hidden.containsKey(cell)) {
                inOrder.put(cell, hidden.get(cell));
            } else {
                shown.put(cell, table.value(cell));
            }
        }
        this.shown = Collections.unmodifiableMap(shown);
        this.hidden = Collections.unmodifiableMap(inOrder);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The count or total shown in the cell, or null when it is hidden. */
    public @Nullable Integer value(Cell cell) {
        return shown.get(inside(cell));
    }

    /** Why the cell is hidden, or null when it is shown. */
    public @Nullable Suppressed suppression(Cell cell) {
        return hidden.get(inside(cell));
    }

    /** The hidden cells and why each is hidden, in reading order. */
    public Map<Cell, Suppressed> hidden() {
        return hidden;
    }

    private Cell inside(Cell cell) {
        if (cell.row() >= rows || cell.column() >= columns) {
            throw new IllegalArgumentException("the table has no cell " + cell);
        }
        return cell;
    }
}
