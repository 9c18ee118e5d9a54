package org.roundtable.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's code is 1 to 63 lower-case letters, digits or hyphens, not starting with a hyphen. */
class PartnerIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"police", "youth-work", "school-12", "7"})
    void a_lower_case_code_is_accepted(String code) {
        assertThat(PartnerId.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Police", "youth work", "-police", "police_dept", "politie!"})
    void a_code_in_any_other_form_is_refused(String code) {
        assertThatThrownBy(() -> PartnerId.of(code)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_missing_code_is_refused() {
        assertThatThrownBy(() -> PartnerId.of(null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_code_may_be_63_characters_long() {
        assertThat(PartnerId.of("p".repeat(63)).value()).hasSize(63);
    }

    @Test
    void a_code_longer_than_63_characters_is_refused() {
        assertThatThrownBy(() -> PartnerId.of("p".repeat(64))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_stored_code_is_read_back_as_it_was_written_even_under_older_rules() {
        assertThat(new PartnerId("Old_Style Code").value()).isEqualTo("Old_Style Code");
    }
}
