package org.roundtable.service.config;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.Case;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ClosureReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case closed before closing reports stays readable: its stored {@code CaseClosed}, without a report and without
 * reviews after closing, reads back through the service's event serializer as a closing with neither. A snapshot of a
 * case taken before the case kept its reviews after closing that fell due (revision 2) is passed over: the case is
 * loaded from its events, and a review that fell due then can be recorded.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventsStoredBeforeReviewsTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Serializer serializer;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void a_snapshot_of_a_case_from_before_reviews_after_closing_were_recorded_is_passed_over() {
        SnapshotFilter filter = axon.snapshotFilter();

        assertThat(serializer.typeForClass(Case.class).getRevision()).isEqualTo("2");
        assertThat(filter.allow(snapshotOfACase(null))).as("a snapshot from before snapshots had a revision").isFalse();
        assertThat(filter.allow(snapshotOfACase("2"))).isTrue();
    }

    private static DomainEventData<byte[]> snapshotOfACase(String revision) {
        return new GenericDomainEventEntry<>("Case", "00000000-0000-4000-8000-000000000042", 60, "snapshot-1",
                Instant.parse("2026-03-03T09:00:00Z"), Case.class.getName(), revision, "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_case_closed_before_closing_reports_reads_as_one_without_a_report() {
        String stored = """
                {"caseId": "00000000-0000-4000-8000-000000000042", "reason": "MOVED_AWAY", "note": null}""";
        SerializedObject<byte[]> old = new SimpleSerializedObject<>(stored.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(CaseClosed.class.getName(), null));

        CaseClosed read = eventSerializer.deserialize(old);

        assertThat(read).isEqualTo(new CaseClosed(CaseId.of("00000000-0000-4000-8000-000000000042"),
                ClosureReason.MOVED_AWAY, null, null, List.of()));
    }
}
