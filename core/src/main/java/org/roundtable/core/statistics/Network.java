package org.roundtable.core.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A count table seen as a network, the way {@link Auditor} and {@link Suppression} reason about it.
 * <p>
 * Write the table with its totals as a grid of (rows + 1) x (columns + 1) values {@code y}: a count and the
 * grand total as they are, a row's or a column's total negated. Then every row and every column of the grid
 * sums to zero. Any other table that agrees with what is shown differs from the true one only in hidden cells,
 * by a change whose rows and columns again sum to zero: a circulation on the graph whose nodes are the grid's
 * rows and columns and whose edges are the hidden cells. A cell can take part in such a change by +1 ("up", an
 * arc from its row to its column) or by -1 ("down", an arc from its column to its row) when its count stays
 * within what a reader knows of it: below five ({@code [0, 4]}), or five or more ({@code [5, infinity)}).
 */
final class Network {

    /** One step a unit change can take through a cell; {@code cost} is what using the cell costs. */
    private record Arc(int from, int to, Cell cell, long cost) { }

    /** The cells a unit change passes through, and what using them costs. */
    record Path(List<Cell> cells, long cost) { }

    private final CountTable table;
    private final int nodes;
    private final List<List<Arc>> out;

    /**
     * The network of the cells whose bounds are known, each used at the given cost; cells not in {@code known}
     * are shown and cannot change.
     */
    Network(CountTable table, Map<Cell, Suppressed> known, ToLongFunction<Cell> cost) {
        this.table = table;
        this.nodes = table.rows() + 1 + table.columns() + 1;
        this.out = new ArrayList<>(nodes);
        for (int node = 0; node < nodes; node++) {
            out.add(new ArrayList<>());
        }
        known.forEach((cell, bounds) -> {
            int value = table.value(cell);
            if (signedMayRise(cell, value, bounds)) {
                out.get(rowNode(cell)).add(new Arc(rowNode(cell), columnNode(cell), cell, cost.applyAsLong(cell)));
            }
            if (signedMayFall(cell, value, bounds)) {
                out.get(columnNode(cell)).add(new Arc(columnNode(cell), rowNode(cell), cell, cost.applyAsLong(cell)));
            }
        });
    }

    /**
     * The cheapest cycle that moves the cell by one, up or down, through other cells of the network: the path of
     * those other cells and what using them costs. Empty when no such cycle exists, and then the cell's value
     * follows from the rest.
     */
    Optional<Path> cheapestCycleThrough(Cell cell, Suppressed bounds) {
        int value = table.value(cell);
        Optional<Path> up = signedMayRise(cell, value, bounds)
                ? cheapestPath(columnNode(cell), rowNode(cell), cell) : Optional.empty();
        Optional<Path> down = signedMayFall(cell, value, bounds)
                ? cheapestPath(rowNode(cell), columnNode(cell), cell) : Optional.empty();
        if (up.isPresent() && down.isPresent()) {
            return down.get().cost() < up.get().cost() ? down : up;
        }
        return up.isPresent() ? up : down;
    }

    /** Dijkstra's shortest path, without the excluded cell (costs are never negative). */
    private Optional<Path> cheapestPath(int from, int to, Cell excluded) {
        long[] distance = new long[nodes];
        Arc[] via = new Arc[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        distance[from] = 0;
        for (int round = 0; round < nodes; round++) {
            int nearest = -1;
            for (int node = 0; node < nodes; node++) {
                if (!done[node] && distance[node] != Long.MAX_VALUE
                        && (nearest < 0 || distance[node] < distance[nearest])) {
                    nearest = node;
                }
            }
            if (nearest < 0 || nearest == to) {
                break;
            }
            done[nearest] = true;
            for (Arc arc : out.get(nearest)) {
                if (!arc.cell().equals(excluded) && distance[nearest] + arc.cost() < distance[arc.to()]) {
                    distance[arc.to()] = distance[nearest] + arc.cost();
                    via[arc.to()] = arc;
                }
            }
        }
        if (distance[to] == Long.MAX_VALUE) {
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>();
        for (int node = to; node != from; node = via[node].from()) {
            cells.add(via[node].cell());
        }
        Collections.reverse(cells);
        return Optional.of(new Path(cells, distance[to]));
    }

    private int rowNode(Cell cell) {
        return cell.row() == Cell.TOTAL ? table.rows() : cell.row();
    }

    private int columnNode(Cell cell) {
        return table.rows() + 1 + (cell.column() == Cell.TOTAL ? table.columns() : cell.column());
    }

    /** Whether the grid value {@code y} of the cell may rise by one: the count itself, or a total falling. */
    private static boolean signedMayRise(Cell cell, int value, Suppressed bounds) {
        return cell.isMargin() ? mayFall(value, bounds) : mayRise(value, bounds);
    }

    private static boolean signedMayFall(Cell cell, int value, Suppressed bounds) {
        return cell.isMargin() ? mayRise(value, bounds) : mayFall(value, bounds);
    }

    private static boolean mayRise(int value, Suppressed bounds) {
        return bounds != Suppressed.BELOW_FIVE || value + 1 < Suppression.THRESHOLD;
    }

    private static boolean mayFall(int value, Suppressed bounds) {
        return value - 1 >= (bounds == Suppressed.BELOW_FIVE ? 0 : Suppression.THRESHOLD);
    }
}
