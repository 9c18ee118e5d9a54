package org.roundtable.core.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rule for showing counts about people: any count or total below {@value #THRESHOLD} is hidden, shown as
 * "&lt;5" (primary suppression); then further counts are hidden (complementary suppression) until the
 * {@link Auditor} finds that no hidden count can be worked out from what is shown.
 * <p>
 * For each hidden cell still exposed, the cheapest cycle of cells that would let it move is hidden with it:
 * cheapest meaning as few totals as possible, then the smallest counts. Hiding a cell only ever adds ways
 * for the others to move, so each round protects at least one more cell and the rounds end, at worst with
 * everything hidden.
 */
public final class Suppression {

    /** The smallest count that may be shown. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** The table as it may be shown. */
    public static SuppressedTable apply(CountTable table) {
        Map<Cell, Suppressed> hidden = new LinkedHashMap<>();
        for (Cell cell : table.cells()) {
            if (table.value(cell) < THRESHOLD) {
                hidden.put(cell, Suppressed.BELOW_FIVE);
            }
        }
        long totalCost = 1;
        for (Cell cell : table.cells()) {
            totalCost += table.value(cell);
        }
        Set<Cell> exposed = Auditor.unprotected(table, hidden);
        while (!exposed.isEmpty()) {
            Cell cell = exposed.iterator().next();
            Network.Path cycle = ifEverythingCouldBeHidden(table, hidden, totalCost)
                    .cheapestCycleThrough(cell, hidden.get(cell))
                    .orElseThrow(() -> new IllegalStateException(
                            "no suppression protects " + cell + "; the table cannot be shown"));
            cycle.cells().forEach(other -> hidden.putIfAbsent(other, Suppressed.COMPLEMENTARY));
            exposed = Auditor.unprotected(table, hidden);
        }
        return new SuppressedTable(table, hidden);
    }

    /**
     * The network in which every shown cell could be hidden as complementary, at a cost: its count, or for a
     * total its count plus more than all counts together, so that hiding a total is the last resort. Hidden
     * cells cost nothing more.
     */
    private static Network ifEverythingCouldBeHidden(CountTable table, Map<Cell, Suppressed> hidden, long totalCost) {
        Map<Cell, Suppressed> candidates = new LinkedHashMap<>(hidden);
        table.cells().forEach(cell -> candidates.putIfAbsent(cell, Suppressed.COMPLEMENTARY));
        return new Network(table, candidates, cell -> hidden.containsKey(cell) ? 0
                : table.value(cell) + (cell.isCount() ? 0 : totalCost));
    }
}
