package org.roundtable.service.readmodels;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.projections.ReadModel;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A read model registered as lagging runs on a streaming processor: it catches up with the commands soon
 * after they commit, and a rebuild resets its processor, which empties its tables and replays the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(LaggingReadModelTest.WithLaggingReadModel.class)
class LaggingReadModelTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;

    @Test
    void a_lagging_read_model_catches_up_and_rebuilds_from_zero() {
        Api api = new Api(port);
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police")); // and its first review planned

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(countOf(caseId)).isEqualTo(3));

        jdbc.sql("update test_lagging_count set event_count = 99").update();
        assertThat(rebuild.rebuild("lagging")).isEqualTo(-1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(countOf(caseId)).isEqualTo(3));
    }

    private Integer countOf(String caseId) {
        return jdbc.sql("select event_count from test_lagging_count where case_id = :caseId")
                .param("caseId", java.util.UUID.fromString(caseId))
                .query(Integer.class).optional().orElse(0);
    }

    /** Counts the events of each case. */
    static class EventCount {

        private final JdbcClient jdbc;

        EventCount(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(CaseEvent event) {
            int updated = jdbc.sql("update test_lagging_count set event_count = event_count + 1 where case_id = :caseId")
                    .param("caseId", event.caseId().value())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into test_lagging_count (case_id, event_count) values (:caseId, 1)")
                        .param("caseId", event.caseId().value())
                        .update();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WithLaggingReadModel {

        @Bean
        ReadModel lagging(JdbcClient jdbc) {
            return ReadModel.lagging("lagging", List.of("test_lagging_count"), new EventCount(jdbc));
        }
    }
}
