package org.roundtable.service.instances;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.RoundtableApplication;
import org.roundtable.service.support.Api;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.PostgresSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Two instances of the service on one PostgreSQL database, as the service scales out: a client that writes
 * through one and reads through the other right away sees its write, under 16 concurrent clients; a case
 * changed through both at once loses nothing; an Idempotency-Key holds across instances.
 */
class TwoInstancesOnPostgresTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 8;

    private final String schema = PostgresSchema.newName();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        PostgresSchema.drop(schema);
    }

    @Test
    void a_read_right_after_a_command_sees_it_whichever_instance_answers() throws Exception {
        Api first = start();
        Api second = start();
        Queue<String> stale = new ConcurrentLinkedQueue<>();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                Api writer = client % 2 == 0 ? first : second;
                Api reader = writer == first ? second : first;
                done.add(clients.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        readsItsOwnWrites(writer, reader, stale);
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(stale).as("reads that did not show the write just answered").isEmpty();
    }

    @Test
    void one_case_changed_through_both_instances_at_once_loses_nothing() throws Exception {
        Api first = start();
        Api second = start();
        String cases = "/api/cases/" + first.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(second.post(cases + "/screening", "chris", "city", openCase("police", "school")).status()).isEqualTo(204);

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        try {
            for (Api api : List.of(first, second, first, second)) {
                statuses.add(clients.submit(() -> Stream.generate(() ->
                        api.post(cases + "/information", "sofie", "school", information("GREEN")).status())
                        .limit(10).toList()));
            }
            for (Future<List<Integer>> answers : statuses) {
                assertThat(answers.get()).containsOnly(201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(first.get(cases).json().path("information").size()).isEqualTo(40);
        assertThat(second.get(cases + "/audit").json().get("changes").size())
                .as("raised, opened, its first review planned, 40 items").isEqualTo(43);
    }

    @Test
    void an_idempotency_key_holds_across_instances() {
        Api first = start();
        Api second = start();
        String key = UUID.randomUUID().toString();

        Response once = first.post("/api/cases", "anna", "police", concern(), "Idempotency-Key", key);
        Response again = second.post("/api/cases", "anna", "police", concern(), "Idempotency-Key", key);

        assertThat(again.body()).isEqualTo(once.body());
        assertThat(second.get("/api/cases").json().size()).isEqualTo(1);
    }

    private static void readsItsOwnWrites(Api writer, Api reader, Queue<String> stale) {
        Response raised = writer.post("/api/cases", "anna", "police", concern());
        assertThat(raised.status()).isEqualTo(201);
        String caseId = raised.text("caseId");
        String cases = "/api/cases/" + caseId;
        if (reader.get(cases).status() != 200) {
            stale.add("case " + caseId + " after it was raised");
        }
        if (!reader.get("/api/cases").body().contains(caseId)) {
            stale.add("the case list after " + caseId + " was raised");
        }
        assertThat(reader.post(cases + "/screening", "chris", "city", openCase("police", "school")).status()).isEqualTo(204);
        if (!writer.get(cases).text("status").equals("OPEN")) {
            stale.add("case " + caseId + " after it was opened");
        }
        String item = writer.post(cases + "/information", "sofie", "school", information("AMBER")).text("informationId");
        if (!reader.get(cases).body().contains(item)) {
            stale.add("information " + item + " of case " + caseId);
        }
        int audited = reader.get(cases + "/audit").json().get("changes").size();
        if (audited != 4) { // raised, opened, its first review planned, the item
            stale.add("the audit trail of case " + caseId + " (" + audited + " events)");
        }
    }

    private Api start() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test", "postgres")
                .run(Stream.concat(Stream.of("--server.port=0"), Stream.of(PostgresSchema.arguments(schema)))
                        .toArray(String[]::new));
        instances.add(instance);
        return new Api(Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
