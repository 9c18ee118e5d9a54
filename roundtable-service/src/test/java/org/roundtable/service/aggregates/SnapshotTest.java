package org.roundtable.service.aggregates;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A case with a long history is loaded from its latest snapshot and the events after it, and the snapshot
 * remembers everything the rules need: which information was withdrawn, which actions were completed and
 * which consent they wait for or were refused, who takes part, the status. (No aggregate cache here: every command loads its case from the database.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"roundtable.aggregates.snapshot-threshold=5", "roundtable.aggregates.cache=false"})
@ActiveProfiles("test")
class SnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_case_loaded_from_its_snapshot_keeps_every_rule() {
        Api api = new Api(port);
        String caseId = api.post("/api/cases", "anna", "police", concern()).text("caseId");
        String cases = "/api/cases/" + caseId;
        api.post(cases + "/screening", "chris", "city", openCase("police", "school"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(api.post(cases + "/information", "sofie", "school", information("AMBER")).text("informationId"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(caseId) > 0);
        assertThat(api.post(cases + "/information/" + items.get(0) + "/withdrawal", "sofie", "school", "{}").status())
                .isEqualTo(204);
        String actionId = api.post(cases + "/actions", "chris", "city",
                action("school", LocalDate.now().plusDays(3), items.get(1))).text("actionId");
        assertThat(api.post(cases + "/actions/" + actionId + "/completion", "sofie", "school", "{\"outcome\": \"done\"}")
                .status()).isEqualTo(204);
        String waiting = api.post(cases + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(3), items.get(2))).text("actionId");
        String refused = api.post(cases + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(3), items.get(3))).text("actionId");
        assertThat(api.post(cases + "/actions/" + refused + "/consents/" + items.get(3), "sofie", "school",
                "{\"decision\": \"REFUSED\", \"reason\": \"not yet\"}").status()).isEqualTo(204);
        for (int i = 0; i < 6; i++) { // enough events after the refusal for a snapshot to hold it
            api.post(cases + "/information", "anna", "police", information("GREEN"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotOf(caseId).contains("REFUSED"));
        String snapshot = snapshotOf(caseId);
        assertThat(snapshot).contains(items.get(0), "OPEN", "school", waiting, "PENDING");

        assertThat(api.post(cases + "/information/" + items.get(0) + "/withdrawal", "sofie", "school", "{}").text("code"))
                .isEqualTo("information-already-withdrawn");
        assertThat(api.post(cases + "/actions/" + actionId + "/completion", "sofie", "school", "{\"outcome\": \"again\"}")
                .text("code")).isEqualTo("action-already-completed");
        assertThat(api.post(cases + "/actions", "chris", "city", action("school", LocalDate.now().plusDays(3), items.get(0)))
                .text("code")).isEqualTo("information-withdrawn");
        assertThat(api.post(cases + "/actions/" + waiting + "/completion", "anna", "police", "{\"outcome\": \"done\"}")
                .text("code")).isEqualTo("consent-pending");
        assertThat(api.post(cases + "/actions/" + refused + "/completion", "anna", "police", "{\"outcome\": \"done\"}")
                .text("code")).isEqualTo("consent-refused");
        assertThat(api.post(cases + "/actions/" + refused + "/consents/" + items.get(3), "sofie", "school",
                "{\"decision\": \"GRANTED\"}").text("code")).isEqualTo("consent-already-decided");
        assertThat(api.post(cases + "/information", "anna", "police", information("GREEN")).status()).isEqualTo(201);
        assertThat(api.post(cases + "/information", "youssef", "youth-work", information("GREEN")).text("code"))
                .as("a partner outside the case: it may not know of it").isEqualTo("unknown-case");
        assertThat(api.post(cases + "/screening", "chris", "city", "{\"decision\": \"DISMISS\", \"reason\": \"x\"}")
                .text("code")).isEqualTo("concern-already-screened");
    }

    private String snapshotOf(String caseId) {
        byte[] payload = jdbc.sql("select payload from snapshot_event_entry where aggregate_identifier = :id")
                .param("id", caseId).query((rs, row) -> rs.getBytes(1)).single();
        return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
    }

    private long snapshotsOf(String caseId) {
        return jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = :id")
                .param("id", caseId).query(Long.class).single();
    }
}
