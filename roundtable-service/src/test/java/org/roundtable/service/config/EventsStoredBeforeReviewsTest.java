package org.roundtable.service.config;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ClosureReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case closed before closing reports stays readable: its stored {@code CaseClosed}, without a report and without
 * reviews after closing, reads back through the service's event serializer as a closing with neither.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventsStoredBeforeReviewsTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

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
