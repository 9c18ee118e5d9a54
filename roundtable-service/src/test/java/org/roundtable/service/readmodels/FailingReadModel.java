package org.roundtable.service.readmodels;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.projections.ReadModel;
import org.roundtable.service.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * A read model that fails on an event never skips it and never fails the command: the command answers 2xx,
 * the other read models show it, the failed event is parked (and the case's later events behind it), health
 * and metrics show it, and once the cause is gone a retry (the operator's, or the automatic one with
 * back-off) applies the parked events in order. Each database gets a subclass.
 */
abstract class FailingReadModel {

    @LocalServerPort
    int port;
    @Autowired
    ReadModel flaky;
    @Autowired
    DeadLetters deadLetters;

    Api api;
    FlakyProjection projection;

    @BeforeEach
    void connect() {
        api = new Api(port);
        projection = (FlakyProjection) flaky.projection();
    }

    @AfterEach
    void heal() {
        projection.failing.set(false);
        deadLetters.retryAll(FlakyProjection.NAME);
    }

    @Test
    void a_failing_read_model_parks_the_event_and_an_operator_retries_it_once_the_cause_is_gone() {
        projection.failing.set(true);

        Api.Response raised = api.post("/api/cases", "anna", "police", concern());

        assertThat(raised.status()).isEqualTo(201);
        UUID caseId = UUID.fromString(raised.text("caseId"));
        assertThat(api.get("/api/cases/" + caseId).text("status")).isEqualTo("RAISED");
        assertThat(projection.sequencesOf(caseId)).as("the failed handler's own write is undone").isEmpty();
        assertThat(deadLetters.count(FlakyProjection.NAME)).isEqualTo(1);
        JsonNode health = api.get("/actuator/health").json();
        assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.path("components").path("readModels").path("details").path("parkedEvents")
                .path(FlakyProjection.NAME).asInt()).isEqualTo(1);
        assertThat(parkedMetric()).isEqualTo(1.0);

        projection.failing.set(false);
        assertThat(api.post("/api/cases/" + caseId + "/screening", "chris", "city", openCase("police")).status())
                .isEqualTo(204);
        assertThat(projection.sequencesOf(caseId)).as("a later event waits behind the parked one").isEmpty();
        assertThat(deadLetters.count(FlakyProjection.NAME)).as("raised, opened, first review planned").isEqualTo(3);

        JsonNode retried = api.post("/actuator/readmodels/" + FlakyProjection.NAME + "/retry", "ada", "city", "{}").json();

        assertThat(retried.path("parkedEvents").asInt()).isZero();
        assertThat(projection.sequencesOf(caseId)).containsExactly(0L, 1L, 2L);
        assertThat(api.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
        assertThat(parkedMetric()).isZero();
    }

    /** The contexts retry parked events 3 s after they failed: long enough for the other tests to look at them first. */
    @Test
    void parked_events_are_retried_automatically_after_their_back_off() {
        projection.failing.set(true);
        UUID caseId = UUID.fromString(api.post("/api/cases", "anna", "police", concern()).text("caseId"));
        assertThat(deadLetters.count(FlakyProjection.NAME)).isEqualTo(1);

        projection.failing.set(false);

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(projection.sequencesOf(caseId)).containsExactly(0L));
        assertThat(deadLetters.count(FlakyProjection.NAME)).isZero();
    }

    @Test
    void the_operator_sees_each_read_model_and_what_it_has_parked() {
        projection.failing.set(true);
        api.post("/api/cases", "anna", "police", concern());

        JsonNode flakyView = api.get("/actuator/readmodels/" + FlakyProjection.NAME).json();
        JsonNode all = api.get("/actuator/readmodels").json();

        assertThat(all.findValuesAsString("name")).contains("case-list", "case-detail", "audit-trail", FlakyProjection.NAME);
        assertThat(flakyView.path("parked").get(0).path("eventType").asString()).isEqualTo("ConcernRaised");
        assertThat(flakyView.path("parked").get(0).path("attempts").asInt()).isEqualTo(1);
        assertThat(api.get("/actuator/readmodels/no-such-model").status()).isEqualTo(404);
    }

    private double parkedMetric() {
        JsonNode metric = api.get("/actuator/metrics/roundtable.read_model.parked_events?tag=read_model:"
                + FlakyProjection.NAME).json();
        return metric.path("measurements").get(0).path("value").asDouble();
    }

    /** Registers the flaky read model beside the real ones, as any read model is registered. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithFlakyReadModel {

        @Bean
        ReadModel flaky(JdbcClient jdbc) {
            return FlakyProjection.readModel(jdbc);
        }
    }

}
