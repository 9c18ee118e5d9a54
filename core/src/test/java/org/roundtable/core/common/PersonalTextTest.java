package org.roundtable.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Free text about people is never blank, at most 4000 characters, and never shows in logs. */
class PersonalTextTest {

    @Test
    void blank_text_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalText.of("  \n "));
    }

    @Test
    void text_up_to_the_limit_is_accepted() {
        assertThat(PersonalText.of("x".repeat(PersonalText.MAX_LENGTH)).text()).hasSize(PersonalText.MAX_LENGTH);
    }

    @Test
    void text_longer_than_the_limit_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalText.of("x".repeat(PersonalText.MAX_LENGTH + 1)));
    }

    @Test
    void an_optional_text_left_blank_is_absent() {
        assertThat(PersonalText.ofNullable(" ")).isNull();
    }

    @Test
    void the_text_never_appears_in_its_text_form() {
        assertThat(PersonalText.of("seen at the mosque on Friday").toString()).doesNotContain("mosque");
    }
}
