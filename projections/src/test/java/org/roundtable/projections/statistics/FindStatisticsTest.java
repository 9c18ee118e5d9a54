package org.roundtable.projections.statistics;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;

import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FindStatisticsTest {

    private static final Reader POLICY_MEMBER = new Reader(PersonId.of("pieter"), PartnerId.of("city"),
            Set.of(Role.POLICY), true);

    @Test
    void a_question_spans_one_month_to_three_years() {
        assertThat(new FindStatistics(POLICY_MEMBER, YearMonth.of(2026, 3), YearMonth.of(2026, 3)).months()).isEqualTo(1);
        assertThat(new FindStatistics(POLICY_MEMBER, YearMonth.of(2024, 1), YearMonth.of(2026, 12)).months()).isEqualTo(36);
    }

    @Test
    void the_first_month_may_not_come_after_the_last() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class,
                () -> new FindStatistics(POLICY_MEMBER, YearMonth.of(2026, 4), YearMonth.of(2026, 3)));

        assertThat(refused.field()).isEqualTo("from");
    }

    @Test
    void a_question_may_not_span_more_than_36_months() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class,
                () -> new FindStatistics(POLICY_MEMBER, YearMonth.of(2023, 12), YearMonth.of(2026, 12)));

        assertThat(refused.field()).isEqualTo("to");
    }
}
