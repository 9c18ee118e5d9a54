package org.roundtable.projections.audit;

import org.junit.jupiter.api.Test;
import org.roundtable.core.Aggregates;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type of every aggregate has the sentence the audit trail shows for it, and no stray ones. */
class AuditDescriptionsTest {

    @Test
    void every_event_type_has_an_audit_description() {
        assertThat(AuditDescriptions.describedTypes()).containsExactlyInAnyOrderElementsOf(Aggregates.eventTypes());
    }
}
