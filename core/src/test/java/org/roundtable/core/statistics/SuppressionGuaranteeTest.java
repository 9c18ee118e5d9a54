package org.roundtable.core.statistics;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantee, on many random tables: for every hidden cell a plain search finds a second table that agrees
 * with everything shown and differs in that cell, so what is shown never gives a hidden count away.
 */
class SuppressionGuaranteeTest {

    @Test
    void no_hidden_cell_of_500_random_tables_can_be_worked_out_from_what_is_shown() {
        Random random = new Random(2026);
        int hiddenCells = 0;
        int complementary = 0;
        for (int round = 0; round < 500; round++) {
            CountTable table = AuditorTest.randomTable(random, 1 + random.nextInt(6), 1 + random.nextInt(5), 20);

            SuppressedTable shown = Suppression.apply(table);

            for (Cell cell : table.cells()) {
                Suppressed suppressed = shown.suppression(cell);
                if (table.value(cell) < Suppression.THRESHOLD) {
                    assertThat(suppressed).as("%s of %s", cell, Tables.lines(shown)).isEqualTo(Suppressed.BELOW_FIVE);
                } else if (suppressed == null) {
                    assertThat(shown.value(cell)).isEqualTo(table.value(cell));
                } else {
                    assertThat(suppressed).isEqualTo(Suppressed.COMPLEMENTARY);
                    complementary++;
                }
            }
            for (Cell cell : shown.hidden().keySet()) {
                assertThat(SecondTable.differingIn(table, shown, cell))
                        .as("a second table differing in %s of %s", cell, Tables.lines(shown)).isPresent();
                hiddenCells++;
            }
        }
        assertThat(hiddenCells).as("hidden cells checked").isGreaterThan(1000);
        assertThat(complementary).as("complementary cells checked").isGreaterThan(500);
    }
}
