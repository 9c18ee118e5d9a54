package org.roundtable.core.sessions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Minutes are due a number of working days after the session; weekends do not count. */
class MinutesDueTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);

    @Test
    void three_working_days_after_a_tuesday_is_the_friday() {
        assertThat(MinutesDue.dueOn(TUESDAY, 3)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void a_weekend_does_not_count() {
        assertThat(MinutesDue.dueOn(THURSDAY, 3)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void minutes_are_late_only_after_the_day_they_are_due() {
        assertThat(MinutesDue.overdue(TUESDAY, 3, LocalDate.of(2026, 3, 6))).isFalse();
        assertThat(MinutesDue.overdue(TUESDAY, 3, LocalDate.of(2026, 3, 7))).isTrue();
    }

    @Test
    void minutes_are_due_at_least_one_working_day_later() {
        assertThatIllegalArgumentException().isThrownBy(() -> MinutesDue.dueOn(TUESDAY, 0));
    }
}
