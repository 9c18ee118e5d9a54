package org.roundtable.core.statistics;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.core.statistics.Suppressed.BELOW_FIVE;
import static org.roundtable.core.statistics.Suppressed.COMPLEMENTARY;
import static org.roundtable.core.statistics.Tables.table;

/** What a reader can work out from a table with some cells hidden, and what they cannot. */
class AuditorTest {

    private final CountTable table = table("""
             2 10 12
             9 20 30
            15 25 40""");

    @Test
    void a_small_count_hidden_alone_is_its_row_total_minus_the_rest() {
        Map<Cell, Suppressed> hidden = Map.of(Cell.count(0, 0), BELOW_FIVE);

        assertThat(Auditor.unprotected(table, hidden)).containsExactly(Cell.count(0, 0));
    }

    @Test
    void hidden_counts_in_one_row_only_are_each_their_column_total_minus_the_rest() {
        Map<Cell, Suppressed> hidden = Map.of(Cell.count(0, 0), BELOW_FIVE, Cell.count(0, 1), COMPLEMENTARY);

        assertThat(Auditor.unprotected(table, hidden)).containsExactly(Cell.count(0, 0), Cell.count(0, 1));
    }

    @Test
    void four_hidden_counts_in_a_rectangle_protect_each_other() {
        Map<Cell, Suppressed> hidden = Map.of(Cell.count(0, 0), BELOW_FIVE, Cell.count(0, 1), COMPLEMENTARY,
                Cell.count(1, 0), COMPLEMENTARY, Cell.count(1, 1), COMPLEMENTARY);

        assertThat(Auditor.unprotected(table, hidden)).isEmpty();
    }

    @Test
    void a_hidden_total_is_protected_like_a_count() {
        Map<Cell, Suppressed> hidden = Map.of(Cell.count(0, 0), BELOW_FIVE, Cell.rowTotal(0), COMPLEMENTARY,
                Cell.columnTotal(0), COMPLEMENTARY, Cell.grandTotal(), COMPLEMENTARY);

        assertThat(Auditor.unprotected(table, hidden)).isEmpty();
    }

    @Test
    void knowing_that_a_hidden_count_is_five_or_more_can_give_a_small_count_away() {
        // x + a = 9, x + b = 9, a + c = 10 with x < 5 and a, b, c >= 5: then c = 1 + x >= 5, so x = 4.
        CountTable tight = table("""
                4 5
                5 5""");
        Map<Cell, Suppressed> hidden = Map.of(Cell.count(0, 0), BELOW_FIVE, Cell.count(0, 1), COMPLEMENTARY,
                Cell.count(1, 0), COMPLEMENTARY, Cell.count(1, 1), COMPLEMENTARY);

        assertThat(Auditor.unprotected(tight, hidden)).contains(Cell.count(0, 0));
        assertThat(SecondTable.differingIn(tight, new SuppressedTable(tight, hidden), Cell.count(0, 0))).isEmpty();
    }

    @Test
    void the_auditor_and_a_brute_force_search_agree_on_every_hidden_cell_of_300_random_tables() {
        Random random = new Random(7);
        int protectedCells = 0;
        int exposedCells = 0;
        for (int round = 0; round < 300; round++) {
            CountTable random3x4 = randomTable(random, 1 + random.nextInt(3), 1 + random.nextInt(4), 12);
            Map<Cell, Suppressed> hidden = new LinkedHashMap<>();
            for (Cell cell : random3x4.cells()) {
                if (random.nextInt(2) == 0) {
                    hidden.put(cell, random3x4.value(cell) < 5 ? BELOW_FIVE : COMPLEMENTARY);
                }
            }
            SuppressedTable shown = new SuppressedTable(random3x4, hidden);
            for (Cell cell : hidden.keySet()) {
                boolean found = SecondTable.differingIn(random3x4, shown, cell).isPresent();
                assertThat(Auditor.isProtected(random3x4, hidden, cell))
                        .as("%s in %s hiding %s", cell, Tables.lines(shown), hidden).isEqualTo(found);
                if (found) {
                    protectedCells++;
                } else {
                    exposedCells++;
                }
            }
        }
        assertThat(protectedCells).as("protected cells seen").isGreaterThan(100);
        assertThat(exposedCells).as("exposed cells seen").isGreaterThan(100);
    }

    static CountTable randomTable(Random random, int rows, int columns, int maximum) {
        int[][] counts = new int[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                counts[row][column] = random.nextInt(maximum + 1);
            }
        }
        return CountTable.of(counts);
    }
}
