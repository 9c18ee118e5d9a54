package org.roundtable.core.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Free text about people is never blank, at most 4000 characters, never shows in logs, and can be erased. */
class PersonalTextTest {

    @Test
    void blank_text_is_refused() {
        assertThatThrownBy(() -> PersonalText.of("  \n ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void text_up_to_the_limit_is_accepted() {
        assertThat(PersonalText.of("x".repeat(PersonalText.MAX_LENGTH)).text()).hasSize(PersonalText.MAX_LENGTH);
    }

    @Test
    void text_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> PersonalText.of("x".repeat(PersonalText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void an_optional_text_left_blank_is_absent() {
        assertThat(PersonalText.ofNullable(" ")).isNull();
    }

    @Test
    void the_text_never_appears_in_its_text_form() {
        assertThat(PersonalText.of("seen at the mosque on Friday").toString()).doesNotContain("mosque");
    }

    @Test
    void stored_text_is_read_back_without_checks_even_when_it_breaks_todays_rules() {
        assertThat(PersonalText.stored(" ").text()).isEqualTo(" ");
        assertThat(PersonalText.stored("x".repeat(PersonalText.MAX_LENGTH + 10)).isErased()).isFalse();
    }

    @Test
    void erased_text_is_stored_as_a_marker_and_read_back_as_erased() {
        assertThat(PersonalText.ERASED.storedForm()).isEqualTo(Map.of("erased", true));
        assertThat(PersonalText.stored(Map.of("erased", true))).isEqualTo(PersonalText.ERASED);
        assertThat(PersonalText.stored(null).isErased()).isTrue();
        assertThat(PersonalText.ERASED.text()).isNull();
        assertThat(PersonalText.ERASED.toString()).contains("erased");
    }
}
