package org.roundtable.service.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.Bodies;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/** Every look at a case is recorded, with who, what, when and why, before its answer is returned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessLogTest extends ApiTest {

    @Test
    void a_look_at_a_case_records_who_looked_at_which_items_for_what_purpose() {
        String caseId = openCase();
        String item = share(caseId, "AMBER");
        String red = share(caseId, "RED");

        expect(api.getAs("/api/cases/" + caseId, "youssef"), 200);

        Map<String, Object> record = lastRecord(caseId);
        assertThat(record).containsEntry("person_id", "youssef").containsEntry("partner_id", "youth-work")
                .containsEntry("roles", "PARTNER").containsEntry("look", "CASE_FILE").containsEntry("outcome", "SHOWN")
                .containsEntry("purpose", AccessLog.CASE_WORK);
        assertThat(itemsOf(record)).containsExactly(item).doesNotContain(red);
    }

    @Test
    void a_compliance_reviewer_states_a_purpose_or_sees_nothing() {
        String caseId = openCase();
        long before = records();

        Response refused = api.getAs("/api/cases/" + caseId, "rita");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("purpose-required");
        assertThat(refused.body()).doesNotContain("Peeters");
        assertThat(records()).isEqualTo(before);

        expect(api.getAs("/api/cases/" + caseId + "?purpose=Inspection%202026-11", "rita"), 200);
        assertThat(lastRecord(caseId)).containsEntry("purpose", "Inspection 2026-11").containsEntry("roles", "COMPLIANCE");
    }

    @Test
    void a_case_the_reader_may_not_see_is_not_found_and_the_attempt_is_recorded() {
        String caseId = openCase();

        Response refused = api.getAs("/api/cases/" + caseId, "mila");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("unknown-case");
        assertThat(lastRecord(caseId)).containsEntry("person_id", "mila").containsEntry("outcome", "REFUSED");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void every_denial_is_logged_as_a_security_event(CapturedOutput log) {
        String caseId = openCase();

        expect(api.getAs("/api/cases/" + caseId, "mila"), 404);
        expect(api.getAs("/api/cases/" + caseId + "/audit", "anna"), 403);
        expect(api.post("/api/cases/" + caseId + "/closure", "anna", "police", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"), 403);

        assertThat(log.getOut()).contains("roundtable.security")
                .contains("Refused look CASE_FILE at case " + caseId + " to mila of mental-health")
                .contains("Refused look AUDIT_TRAIL at case " + caseId + " to anna of police")
                .contains("Refused not-the-chair to anna of police");
    }

    @Test
    void no_data_leaves_the_service_when_its_look_cannot_be_recorded() {
        String caseId = openCase();
        share(caseId, "GREEN");
        jdbc.sql("alter table access_record_item rename to access_record_item_away").update();
        try {
            Response answer = api.beyondTheDocument().getAs("/api/cases/" + caseId, "anna");

            assertThat(answer.status()).isGreaterThanOrEqualTo(500);
            assertThat(answer.body()).doesNotContain("Peeters").doesNotContain("recruit");
        } finally {
            jdbc.sql("alter table access_record_item_away rename to access_record_item").update();
        }
        expect(api.getAs("/api/cases/" + caseId, "anna"), 200);
    }

    @Test
    void the_audit_trail_shows_the_reads_beside_the_changes() {
        String caseId = openCase();
        expect(api.getAs("/api/cases/" + caseId, "anna"), 200);
        expect(api.getAs("/api/cases/" + caseId, "mila"), 404);

        JsonNode trail = api.getAs("/api/cases/" + caseId + "/audit?purpose=A%20complaint", "rita").json();

        assertThat(trail.path("changes").size()).as("raised, opened and its first review planned").isEqualTo(3);
        JsonNode reads = trail.path("reads");
        assertThat(reads.findValuesAsString("person")).containsSubsequence("anna", "mila", "rita");
        assertThat(reads.findValuesAsString("outcome")).containsSubsequence("SHOWN", "REFUSED", "SHOWN");
        assertThat(reads.get(reads.size() - 1).path("look").asString()).isEqualTo("AUDIT_TRAIL");
        assertThat(reads.get(reads.size() - 1).path("purpose").asString()).isEqualTo("A complaint");
    }

    @Test
    void the_disclosures_list_per_partner_who_saw_which_items_and_when() {
        String caseId = openCase();
        String item = share(caseId, "AMBER");
        expect(api.getAs("/api/cases/" + caseId, "youssef"), 200);
        expect(api.getAs("/api/cases/" + caseId, "mila"), 404);

        JsonNode disclosures = api.getAs("/api/cases/" + caseId + "/disclosures", "chris").json();

        JsonNode partners = disclosures.path("partners");
        assertThat(partners.findValuesAsString("partner")).contains("youth-work").doesNotContain("mental-health");
        JsonNode youthWork = partners.valueStream().filter(p -> p.path("partner").asString().equals("youth-work"))
                .findFirst().orElseThrow();
        assertThat(youthWork.path("looks").get(0).path("informationIds").get(0).asString()).isEqualTo(item);
        assertThat(youthWork.path("looks").get(0).path("recordedAt").asString()).isNotBlank();
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work")), 204);
        return caseId;
    }

    private String share(String caseId, String level) {
        Response shared = api.post("/api/cases/" + caseId + "/information", "anna", "police", information(level));
        expect(shared, 201);
        return shared.text("informationId");
    }

    private Map<String, Object> lastRecord(String caseId) {
        List<Map<String, Object>> records = jdbc.sql("""
                        select record_id, person_id, partner_id, roles, look, outcome, purpose from access_record
                        where case_id = cast(:caseId as uuid) order by recorded_at desc, record_id""")
                .param("caseId", caseId)
                .query().listOfRows();
        assertThat(records).isNotEmpty();
        return records.get(0);
    }

    private List<String> itemsOf(Map<String, Object> record) {
        return jdbc.sql("select information_id from access_record_item where record_id = :recordId")
                .param("recordId", record.get("record_id"))
                .query((rs, row) -> rs.getString(1)).list();
    }

    private long records() {
        return jdbc.sql("select count(*) from access_record").query(Long.class).single();
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
