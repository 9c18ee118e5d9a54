package org.roundtable.service.idempotency;

import org.junit.jupiter.api.Test;
import org.roundtable.service.support.Api.Response;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/** A command repeated with the same Idempotency-Key by the same person happens once and answers the same. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdempotencyKeyTest extends ApiTest {

    private static final String KEY = "Idempotency-Key";

    @Test
    void raising_the_same_concern_twice_with_one_key_raises_it_once_and_answers_the_first_answer_again() {
        String key = UUID.randomUUID().toString();
        Response first = api.post("/api/cases", "anna", "police", concern(), KEY, key);
        long events = events();

        Response again = api.post("/api/cases", "anna", "police", concern(), KEY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void every_command_accepts_a_key_and_a_repeat_writes_nothing() {
        String cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertOnce(key -> api.post(cases + "/screening", "chris", "city", openCase("police", "school"), KEY, key), 204);
        String item = assertOnce(key -> api.post(cases + "/information", "sofie", "school", information("AMBER"), KEY, key), 201)
                .text("informationId");
        String actionId = assertOnce(key -> api.post(cases + "/actions", "chris", "city",
                action("school", LocalDate.now().plusDays(5), item), KEY, key), 201).text("actionId");
        assertOnce(key -> api.post(cases + "/actions/" + actionId + "/completion", "sofie", "school",
                "{\"outcome\": \"done\"}", KEY, key), 204);
        assertOnce(key -> api.post(cases + "/information/" + item + "/withdrawal", "sofie", "school", "{}", KEY, key), 204);
        assertOnce(key -> api.post(cases + "/closure", "chris", "city", "{\"reason\": \"OTHER\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}", KEY, key), 204);
        assertOnce(key -> api.post(cases + "/reopening", "chris", "city", "{\"reason\": \"again\"}", KEY, key), 204);
    }

    @Test
    void the_same_key_with_another_request_is_refused_with_422_and_writes_nothing() {
        String key = UUID.randomUUID().toString();
        api.post("/api/cases", "anna", "police", concern(), KEY, key);
        long events = events();

        Response other = api.post("/api/cases", "anna", "police", concern().replace("HIGH", "ROUTINE"), KEY, key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("code")).isEqualTo("idempotency-key-reused");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void the_same_key_from_another_person_is_another_request() {
        String key = UUID.randomUUID().toString();
        Response anna = api.post("/api/cases", "anna", "police", concern(), KEY, key);
        Response sofie = api.post("/api/cases", "sofie", "school", concern(), KEY, key);

        assertThat(sofie.status()).isEqualTo(201);
        assertThat(sofie.text("caseId")).isNotEqualTo(anna.text("caseId"));
    }

    @Test
    void a_refused_command_keeps_no_key_so_the_request_can_be_sent_again_once_it_may_succeed() {
        String cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        String key = UUID.randomUUID().toString();
        String share = information("GREEN");
        // Before the case is opened the school takes no part: the case is unknown to it.
        assertThat(api.post(cases + "/information", "sofie", "school", share, KEY, key).status()).isEqualTo(404);

        api.post(cases + "/screening", "chris", "city", openCase("police", "school"));

        assertThat(api.post(cases + "/information", "sofie", "school", share, KEY, key).status()).isEqualTo(201);
    }

    @Test
    void requests_racing_with_one_key_raise_one_concern_and_all_get_its_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        long events = events();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit((Callable<Response>) () -> api.post("/api/cases", "anna", "police", concern(), KEY, key)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(201);
                bodies.add(answer.get().body());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            clients.shutdownNow();
        }
        assertThat(events()).isEqualTo(events + 1);
    }

    /** Sends the request twice with one new key: the second time it answers the same and writes nothing. */
    private Response assertOnce(Function<String, Response> request, int status) {
        String key = UUID.randomUUID().toString();
        Response first = request.apply(key);
        assertThat(first.status()).as(first.body()).isEqualTo(status);
        long events = events();
        Response again = request.apply(key);
        assertThat(again.status()).isEqualTo(status);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(events);
        return first;
    }

}
