package org.roundtable.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person acts under a user name of 1 to 100 characters. */
class PersonIdTest {

    @Test
    void a_name_is_kept_without_surrounding_spaces() {
        assertThat(PersonId.of("  anna ").value()).isEqualTo("anna");
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> PersonId.of("  ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_name_over_100_characters_is_refused() {
        assertThatThrownBy(() -> PersonId.of("a".repeat(101))).isInstanceOf(InvalidValue.class);
    }
}
