package org.roundtable.service.demo;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's empty database gets three made-up cases, in three different states, the open one with its review due
 * (so the chair's dashboard lists one), and a session next week at the city hall with the proposed agenda accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"roundtable.demo-data=true", "roundtable.demo-cases=true"})
@ActiveProfiles("test")
class DemoDataTest {

    @LocalServerPort
    int port;

    @Test
    void an_empty_store_gets_an_open_a_raised_and_a_referred_demo_case() {
        Api api = new Api(port);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statuses(api.get("/api/cases").json())).containsExactlyInAnyOrder("OPEN", "RAISED", "REFERRED"));
    }

    @Test
    void the_open_demo_case_is_due_for_review_and_a_session_next_week_has_its_agenda() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.getAs("/api/sessions?when=upcoming", "chris").json()).hasSize(1));

        ZoneId zone = ZoneId.of("Europe/Brussels");
        JsonNode open = byStatus(api.getAs("/api/cases", "chris").json(), "OPEN");
        assertThat(LocalDate.parse(open.path("nextReviewOn").asString())).isEqualTo(LocalDate.now(zone));

        String sessionId = api.getAs("/api/sessions?when=upcoming", "chris").json().get(0).path("sessionId").asString();
        JsonNode session = api.getAs("/api/sessions/" + sessionId, "chris").json();
        ZonedDateTime startsAt = ZonedDateTime.parse(session.path("startsAt").asString()).withZoneSameInstant(zone);
        assertThat(startsAt.toLocalDate()).isEqualTo(LocalDate.now(zone).plusWeeks(1));
        assertThat(startsAt.getHour()).isEqualTo(14);
        assertThat(session.toString()).contains("city hall");
        List<String> purposes = new ArrayList<>();
        session.path("agenda").forEach(item -> {
            purposes.add(item.path("purpose").asString());
            assertThat(item.path("minutes").asInt()).isEqualTo(12);
        });
        assertThat(purposes).containsExactly("SCREENING", "REVIEW");
    }

    private static JsonNode byStatus(JsonNode cases, String status) {
        for (JsonNode summary : cases) {
            if (summary.path("status").asString().equals(status)) {
                return summary;
            }
        }
        throw new AssertionError("no " + status + " case among " + cases);
    }

    private static List<String> statuses(JsonNode cases) {
        List<String> statuses = new ArrayList<>();
        cases.forEach(summary -> statuses.add(summary.path("status").asString()));
        return statuses;
    }
}
