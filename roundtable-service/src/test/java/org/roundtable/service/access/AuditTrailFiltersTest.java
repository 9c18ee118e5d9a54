package org.roundtable.service.access;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.Bodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;

/**
 * The audit trail narrowed to one partner, one person, a period or one kind: only that part is returned, the look
 * records only the items it returned, and no filter finds a source hidden from the reader.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailFiltersTest extends ApiTest {

    private static final String OPEN = """
            {"content": "Lives with an uncle since March", "level": "GREEN", "sourceProtected": false}""";

    @Test
    void a_partner_filter_returns_that_partners_changes_and_its_peoples_looks() {
        String caseId = openCase();
        share(caseId, OPEN);
        expect(api.getAs("/api/cases/" + caseId, "anna"), 200);
        expect(api.getAs("/api/cases/" + caseId, "youssef"), 200);

        JsonNode trail = api.getAs("/api/cases/" + caseId + "/audit?partner=police", "chris").json();

        assertThat(trail.path("changes").findValuesAsString("eventType")).containsExactly("InformationShared");
        assertThat(trail.path("reads").findValuesAsString("person")).containsOnly("anna");
    }

    @Test
    void a_filtered_look_records_only_the_items_it_returned() {
        String caseId = openCase();
        share(caseId, OPEN);

        expect(api.getAs("/api/cases/" + caseId + "/audit?kind=ConcernRaised", "chris"), 200);
        assertThat(itemsOfTheLastLook(caseId)).isEmpty();

        expect(api.getAs("/api/cases/" + caseId + "/audit?kind=InformationShared", "chris"), 200);
        assertThat(itemsOfTheLastLook(caseId)).hasSize(1);
    }

    @Test
    void no_filter_finds_a_source_hidden_from_the_reader() {
        String caseId = openCase();
        share(caseId, information("GREEN")); // source protected
        share(caseId, OPEN);

        JsonNode reviewer = api.getAs("/api/cases/" + caseId + "/audit?purpose=Inspection&kind=InformationShared&partner=police",
                "rita").json();
        JsonNode chair = api.getAs("/api/cases/" + caseId + "/audit?kind=InformationShared&partner=police", "chris").json();

        assertThat(reviewer.path("changes").size()).as("the reviewer finds only the open item").isEqualTo(1);
        assertThat(reviewer.path("changes").get(0).path("sourceHidden").asBoolean()).isFalse();
        assertThat(chair.path("changes").size()).as("the chair may know the source").isEqualTo(2);
    }

    @Test
    void a_period_narrows_by_day_and_kind_narrows_the_looks_too() {
        String caseId = openCase();
        LocalDate today = LocalDate.now();

        JsonNode todays = api.getAs("/api/cases/" + caseId + "/audit?from=" + today + "&to=" + today, "chris").json();
        JsonNode tomorrows = api.getAs("/api/cases/" + caseId + "/audit?from=" + today.plusDays(1), "chris").json();
        JsonNode lookedAt = api.getAs("/api/cases/" + caseId + "/audit?kind=AUDIT_TRAIL", "chris").json();

        assertThat(todays.path("changes").size()).as("raised, opened and its first review planned").isEqualTo(3);
        assertThat(tomorrows.path("changes").size()).isZero();
        assertThat(tomorrows.path("reads").size()).isZero();
        assertThat(lookedAt.path("changes").size()).isZero();
        assertThat(lookedAt.path("reads").findValuesAsString("look")).isNotEmpty().containsOnly("AUDIT_TRAIL");
    }

    @Test
    void a_period_that_ends_before_it_starts_or_an_unknown_kind_is_refused_and_nothing_is_recorded() {
        String caseId = openCase();
        long before = records();

        Response backwards = api.getAs("/api/cases/" + caseId + "/audit?from=2026-03-10&to=2026-03-01", "chris");
        Response unknown = api.getAs("/api/cases/" + caseId + "/audit?kind=Gossip", "chris");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("code")).isEqualTo("invalid-input");
        assertThat(backwards.body()).contains("\"to\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(records()).isEqualTo(before);
    }

    private String openCase() {
        String caseId = api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        expect(api.post("/api/cases/" + caseId + "/screening", "chris", "city", Bodies.openCase("police", "youth-work")), 204);
        return caseId;
    }

    private void share(String caseId, String body) {
        expect(api.post("/api/cases/" + caseId + "/information", "anna", "police", body), 201);
    }

    private List<String> itemsOfTheLastLook(String caseId) {
        Object last = jdbc.sql("""
                        select record_id from access_record where case_id = cast(:caseId as uuid)
                        order by recorded_at desc, record_id fetch first 1 rows only""")
                .param("caseId", caseId).query().singleValue();
        return jdbc.sql("select information_id from access_record_item where record_id = :recordId")
                .param("recordId", last).query((rs, row) -> rs.getString(1)).list();
    }

    private long records() {
        return jdbc.sql("select count(*) from access_record").query(Long.class).single();
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
