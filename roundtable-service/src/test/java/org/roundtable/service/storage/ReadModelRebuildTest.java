package org.roundtable.service.storage;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Each read model can be dropped and rebuilt from the event store: after a reset its processor replays
 * every event (through a stored ReplayToken) and the views come back the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadModelRebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    @ParameterizedTest
    @ValueSource(strings = {"case-list", "case-detail", "audit-trail"})
    void a_read_model_rebuilt_from_zero_shows_the_same_cases(String processorName) {
        Api api = new Api(port);
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police", "school"));
        api.post("/api/cases/" + caseId + "/information", "sofie", "school", information("AMBER"));
        String list = api.get("/api/cases").body();
        String detail = api.get("/api/cases/" + caseId).body();
        String audit = api.get("/api/cases/" + caseId + "/audit").body();

        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(emptied(api, processorName, caseId)).isTrue();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(processor.isReplaying()).isFalse();
            assertThat(api.get("/api/cases").body()).isEqualTo(list);
            assertThat(api.get("/api/cases/" + caseId).body()).isEqualTo(detail);
            assertThat(api.get("/api/cases/" + caseId + "/audit").body()).isEqualTo(audit);
        });
    }

    /** The reset handler has dropped the read model: what it showed is gone until the replay. */
    private static boolean emptied(Api api, String processorName, String caseId) {
        return switch (processorName) {
            case "case-list" -> api.get("/api/cases").body().equals("[]");
            case "case-detail" -> api.get("/api/cases/" + caseId).status() == 404;
            default -> api.get("/api/cases/" + caseId + "/audit").status() == 404;
        };
    }
}
