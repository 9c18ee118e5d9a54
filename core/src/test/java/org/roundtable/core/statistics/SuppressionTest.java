package org.roundtable.core.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.core.statistics.Tables.shown;
import static org.roundtable.core.statistics.Tables.table;

/**
 * The suppression rule on small tables, written as they are shown: each row with its total after the bar, the
 * column totals and the grand total on the last line; "&lt;5" a count below five, "--" a count hidden so that
 * the small ones cannot be worked out.
 */
class SuppressionTest {

    @Test
    void a_table_with_no_count_below_five_is_shown_whole() {
        assertThat(shown("""
                5 10
                7 20""")).containsExactly(
                "5 10 | 15",
                "7 20 | 27",
                "12 30 | 42");
    }

    @Test
    void a_single_small_count_is_hidden_with_three_others_that_close_a_rectangle() {
        assertThat(shown("""
                 2 10 12
                 9 20 30
                15 25 40""")).containsExactly(
                "<5 -- 12 | 24",
                "-- -- 30 | 59",
                "15 25 40 | 80",
                "26 55 82 | 163");
    }

    @Test
    void the_rectangle_takes_the_smallest_counts_it_can() {
        assertThat(shown("""
                40 25 15
                30 20  9
                12 10  2""")).containsExactly(
                "40 25 15 | 80",
                "30 -- -- | 59",
                "12 -- <5 | 24",
                "82 55 26 | 163");
    }

    @Test
    void totals_below_five_are_hidden_too_and_protected_like_counts() {
        // Row 1's total is hidden as well: otherwise the grand total minus it would give row 0's.
        assertThat(shown("""
                1 2
                6 9""")).containsExactly(
                "<5 <5 | <5",
                "-- -- | --",
                "7 11 | 18");
    }

    @Test
    void a_zero_is_hidden_like_any_count_below_five() {
        assertThat(shown("""
                0 9
                8 7""")).containsExactly(
                "<5 -- | 9",
                "-- -- | 15",
                "8 16 | 24");
    }

    @Test
    void a_table_of_small_counts_is_hidden_whole() {
        assertThat(shown("""
                1 2
                1 0""")).containsExactly(
                "<5 <5 | <5",
                "<5 <5 | <5",
                "<5 <5 | <5");
    }

    @Test
    void a_one_by_one_table_is_shown_from_five() {
        assertThat(shown("4")).containsExactly("<5 | <5", "<5 | <5");
        assertThat(shown("5")).containsExactly("5 | 5", "5 | 5");
    }

    @Test
    void in_a_single_row_the_column_totals_repeat_the_counts_and_are_hidden_with_them() {
        assertThat(shown("2 7 9")).containsExactly(
                "<5 -- 9 | 18",
                "<5 -- 9 | 18");
    }

    @Test
    void hidden_cells_are_marked_by_why_and_shown_cells_are_the_true_counts() {
        CountTable table = table("""
                 2 10 12
                 9 20 30
                15 25 40""");

        SuppressedTable shown = Suppression.apply(table);

        for (Cell cell : table.cells()) {
            Suppressed suppressed = shown.suppression(cell);
            if (suppressed == null) {
                assertThat(shown.value(cell)).as("%s", cell).isEqualTo(table.value(cell)).isGreaterThanOrEqualTo(5);
            } else {
                assertThat(shown.value(cell)).as("%s", cell).isNull();
                assertThat(suppressed).as("%s", cell)
                        .isEqualTo(table.value(cell) < 5 ? Suppressed.BELOW_FIVE : Suppressed.COMPLEMENTARY);
            }
        }
        assertThat(Auditor.unprotected(table, shown.hidden())).isEmpty();
    }
}
