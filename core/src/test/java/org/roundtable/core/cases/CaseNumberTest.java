package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.core.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case number is the year and a sequence of at least four digits, such as 2026-0042. */
class CaseNumberTest {

    @Test
    void a_case_number_pads_its_sequence_to_four_digits() {
        assertThat(CaseNumber.of(2026, 42).value()).isEqualTo("2026-0042");
    }

    @Test
    void a_sequence_may_outgrow_four_digits() {
        assertThat(CaseNumber.of(2026, 12345).value()).isEqualTo("2026-12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-42", "26-0042", "2026/0042", "20260042", "2026-00a2", ""})
    void a_case_number_that_does_not_look_like_2026_0042_is_refused(String value) {
        assertThatThrownBy(() -> CaseNumber.of(value)).isInstanceOf(InvalidValue.class);
    }
}
