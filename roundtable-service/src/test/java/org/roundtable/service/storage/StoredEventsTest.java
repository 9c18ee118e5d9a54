package org.roundtable.service.storage;

import org.junit.jupiter.api.Test;
import org.roundtable.service.readmodels.ReadModelRebuild;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A stored event is always read back, whatever today's rules say: one written under older rules (a partner
 * code and a case number in a form no longer accepted), or one whose personal data has been erased. The
 * case it belongs to still takes commands, and every read model rebuilds from it, showing what was erased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoredEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;

    @Test
    void an_erased_event_written_under_older_rules_is_read_back_and_shown_as_erased() {
        String caseId = UUID.randomUUID().toString();
        store(caseId, """
                {"caseId": "%s", "caseNumber": "42", "raisedBy": {"person": "  ", "partner": "Old Police Dept"},
                 "subject": {"givenName": null, "familyName": null, "dateOfBirth": null, "ageBand": null},
                 "summary": {"erased": true}, "urgency": "HIGH", "category": "RADICALISATION"}""".formatted(caseId));
        for (String readModel : new String[] {"case-list", "case-detail", "audit-trail"}) {
            rebuild.rebuild(readModel);
        }
        Api api = new Api(port);

        JsonNode detail = api.get("/api/cases/" + caseId).json();
        assertThat(detail.path("caseNumber").asString()).isEqualTo("42");
        assertThat(detail.path("subject").path("erased").asBoolean()).isTrue();
        assertThat(detail.path("summary").isNull()).isTrue();
        assertThat(detail.path("raisedBy").path("partner").asString()).isEqualTo("Old Police Dept");
        assertThat(api.get("/api/cases/" + caseId + "/audit").json().get("changes").get(0).path("description").asString())
                .isEqualTo("Concern raised by Old Police Dept (urgency HIGH, category RADICALISATION)");
        assertThat(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police")).status())
                .isEqualTo(204);
        assertThat(api.get("/api/cases/" + caseId).text("status")).isEqualTo("OPEN");
    }

    private void store(String caseId, String payload) {
        jdbc.sql("""
                        insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (:eventId, :caseId, 0, 'Case', '2019-05-06T10:00:00Z',
                            'org.roundtable.core.cases.ConcernRaised', null, :payload, :metaData)""")
                .param("eventId", UUID.randomUUID().toString())
                .param("caseId", caseId)
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("metaData", "{\"actorPerson\": \"  \", \"actorPartner\": \"Old Police Dept\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
