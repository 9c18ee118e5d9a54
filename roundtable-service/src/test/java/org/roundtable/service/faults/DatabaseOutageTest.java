package org.roundtable.service.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.PostgresSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.concern;

/**
 * PostgreSQL goes away under load, as when it is stopped: every session of the service's database is
 * terminated and new ones are refused for three seconds. Meanwhile every command and read answers, within
 * two seconds, either as before or with a 503 problem document and {@code Retry-After}; never a 500. Nothing
 * acknowledged is lost, the service recovers by itself, and a client that repeats each refused request
 * with its Idempotency-Key ends up with each concern raised exactly once. A 503 that turns out to have been
 * committed is one whose commit lost its connection, and it says so ({@code outcome-unknown}).
 */
class DatabaseOutageTest {

    private static final int CLIENTS = 8;
    private static final Duration OUTAGE = Duration.ofSeconds(3);

    private final String database = "rt_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(
            PostgresSchema.serverUrl("postgres"), PostgresSchema.user(), PostgresSchema.password()));
    private ConfigurableApplicationContext service;

    @AfterEach
    void cleanUp() {
        if (service != null) {
            service.close();
        }
        admin.sql("alter database " + database + " allow_connections true").update();
        admin.sql("drop database if exists " + database + " with (force)").update();
    }

    @Test
    void while_the_database_is_away_requests_answer_503_and_nothing_acknowledged_is_lost() throws Exception {
        admin.sql("create database " + database).update();
        service = new SpringApplicationBuilder(RoundtableApplication.class).profiles("test", "postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresSchema.serverUrl(database),
                "--spring.datasource.username=" + PostgresSchema.user(),
                "--spring.datasource.password=" + PostgresSchema.password());
        Api api = new Api(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
        Queue<Sent> sent = new ConcurrentLinkedQueue<>();
        Queue<Sent> read = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 2);
        for (int i = 0; i < 2; i++) {
            clients.submit(() -> {
                while (loading.get()) {
                    long started = System.nanoTime();
                    Response answer = api.get("/api/cases");
                    read.add(new Sent(null, answer, Duration.ofNanos(System.nanoTime() - started)));
                }
                return null;
            });
        }
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (loading.get()) {
                    String key = UUID.randomUUID().toString();
                    long started = System.nanoTime();
                    Response answer = api.post("/api/cases", "anna", "police", concern(), "Idempotency-Key", key);
                    sent.add(new Sent(key, answer, Duration.ofNanos(System.nanoTime() - started)));
                }
                return null;
            });
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() > 50);
        int beforeOutage = sent.size();

        admin.sql("alter database " + database + " allow_connections false").update();
        admin.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = :database")
                .param("database", database).query().listOfRows();
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
        admin.sql("alter database " + database + " allow_connections true").update();

        int afterOutage = sent.size();
        await().atMost(Duration.ofSeconds(20)).until(() -> sent.stream().skip(afterOutage)
                .filter(s -> s.answer().status() == 201).count() > 50);
        loading.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Sent> answers = new ArrayList<>(sent);
        assertThat(answers).allSatisfy(DatabaseOutageTest::isAcknowledgedOrTryAgain);
        assertThat(read).allSatisfy(DatabaseOutageTest::isAcknowledgedOrTryAgain)
                .allSatisfy(s -> assertThat(s.took()).isLessThan(Duration.ofMillis(2500)))
                .anySatisfy(s -> assertThat(s.answer().status()).isEqualTo(503));
        assertThat(answers).as("every answer within two seconds, with a little margin")
                .allSatisfy(s -> assertThat(s.took()).isLessThan(Duration.ofMillis(2500)));
        List<Sent> refused = answers.stream().filter(s -> s.answer().status() == 503).toList();
        assertThat(refused).as("the outage was felt").isNotEmpty();
        assertThat(answers.subList(0, beforeOutage)).extracting(s -> s.answer().status()).containsOnly(201);

        JdbcClient store = JdbcClient.create(new DriverManagerDataSource(PostgresSchema.serverUrl(database),
                PostgresSchema.user(), PostgresSchema.password()));
        for (Sent acknowledged : answers.stream().filter(s -> s.answer().status() == 201).toList()) {
            assertThat(raisedCount(store, acknowledged.answer().text("caseId"))).as("an acknowledged case").isEqualTo(1);
        }

        List<Sent> committedButRefused = new ArrayList<>();
        for (Sent again : refused) {
            Response resent = api.post("/api/cases", "anna", "police", concern(), "Idempotency-Key", again.key());
            assertThat(resent.status()).isEqualTo(201);
            if ("true".equals(resent.header("Idempotent-Replayed"))) {
                committedButRefused.add(again);
            }
        }
        assertThat(committedButRefused).as("commands committed but answered with an error other than 'outcome unknown'")
                .allSatisfy(s -> assertThat(s.answer().text("code")).isEqualTo("outcome-unknown"));
        long raised = store.sql("select count(*) from domain_event_entry where payload_type like '%ConcernRaised'")
                .query(Long.class).single();
        assertThat(raised).as("each request raised its concern exactly once").isEqualTo(answers.size());
    }

    private static void isAcknowledgedOrTryAgain(Sent sent) {
        Response answer = sent.answer();
        assertThat(answer.status()).as(answer.body()).isIn(200, 201, 503);
        if (answer.status() == 503) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isNotBlank();
            assertThat(answer.text("code")).isIn("database-unavailable", "busy", "outcome-unknown");
        }
    }

    private static long raisedCount(JdbcClient store, String caseId) {
        return store.sql("select count(*) from domain_event_entry where aggregate_identifier = :caseId and sequence_number = 0")
                .param("caseId", caseId).query(Long.class).single();
    }

    private record Sent(String key, Response answer, Duration took) { }
}
