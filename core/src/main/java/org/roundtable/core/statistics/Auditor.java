package org.roundtable.core.statistics;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks that no hidden cell of a table can be worked out from what is shown: the shown counts and totals,
 * that a cell marked "&lt;5" lies between 0 and 4, and that a complementary cell is 5 or more.
 * <p>
 * A hidden cell is protected when it can move by one, up or down, along a cycle of other hidden cells that
 * each stay within what is known of them (see {@link Network}). The check is exact: if any other table
 * consistent with what is shown has another value in the cell, their difference is a circulation, and by its
 * conformal decomposition into cycles there is such a unit cycle through the cell. If there is none, the
 * cell's value follows from the rest.
 */
public final class Auditor {

    private Auditor() {
    }

    /** The hidden cells whose value a reader could work out, in reading order; empty when the table is safe. */
    public static Set<Cell> unprotected(CountTable table, Map<Cell, Suppressed> hidden) {
        Network network = new Network(table, hidden, cell -> 0);
        Set<Cell> exposed = new LinkedHashSet<>();
        for (Cell cell : table.cells()) {
            if (hidden.containsKey(cell) && network.cheapestCycleThrough(cell, hidden.get(cell)).isEmpty()) {
                exposed.add(cell);
            }
        }
        return exposed;
    }

    /** Whether a reader of what is shown could not work out the value of this hidden cell. */
    public static boolean isProtected(CountTable table, Map<Cell, Suppressed> hidden, Cell cell) {
        if (!hidden.containsKey(cell)) {
            throw new IllegalArgumentException(cell + " is shown");
        }
        return new Network(table, hidden, any -> 0).cheapestCycleThrough(cell, hidden.get(cell)).isPresent();
    }
}
