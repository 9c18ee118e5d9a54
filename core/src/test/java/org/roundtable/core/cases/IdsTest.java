package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids typed by someone are UUIDs, or refused as invalid input. */
class IdsTest {

    private static final String UUID = "7d6c2f7e-95b6-4b51-9a5e-3f0d9b1c2a11";

    @Test
    void an_id_is_read_from_its_uuid() {
        assertThat(CaseId.of(UUID).toString()).isEqualTo(UUID);
        assertThat(InformationId.of(UUID).toString()).isEqualTo(UUID);
        assertThat(ActionId.of(UUID).toString()).isEqualTo(UUID);
    }

    @Test
    void an_id_that_is_not_a_uuid_is_refused_as_invalid_input() {
        assertThatThrownBy(() -> CaseId.of("case-1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> InformationId.of("x")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ActionId.of("")).isInstanceOf(InvalidValue.class);
    }
}
