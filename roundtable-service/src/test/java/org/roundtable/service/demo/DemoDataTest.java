package org.roundtable.service.demo;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A newcomer's empty database gets three made-up cases, in three different states. */
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

    private static List<String> statuses(JsonNode cases) {
        List<String> statuses = new ArrayList<>();
        cases.forEach(summary -> statuses.add(summary.path("status").asString()));
        return statuses;
    }
}
