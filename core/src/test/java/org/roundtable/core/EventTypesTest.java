package org.roundtable.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Events are immutable records, all of them known through the sealed hierarchy of each aggregate. */
class EventTypesTest {

    @Test
    void every_event_type_is_a_record() {
        assertThat(Aggregates.eventTypes()).isNotEmpty().allSatisfy(type -> assertThat(type.isRecord()).isTrue());
    }
}
