package org.roundtable.core.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An invalid value names its field, seen from whatever holds it. */
class InvalidValueTest {

    @Test
    void a_value_refused_as_a_whole_is_named_by_the_field_that_holds_it() {
        assertThat(new InvalidValue("", "bad").at("lead").field()).isEqualTo("lead");
    }

    @Test
    void a_part_of_a_value_is_named_by_its_path() {
        assertThat(new InvalidValue("givenName", "too long").at("subject").field()).isEqualTo("subject.givenName");
    }

    @Test
    void it_is_answered_as_invalid_input() {
        assertThat(new InvalidValue("x", "bad").code()).isEqualTo("invalid-input");
    }
}
