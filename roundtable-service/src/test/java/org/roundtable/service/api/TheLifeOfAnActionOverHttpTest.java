package org.roundtable.service.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.ApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * The whole life of an action through the real API: the assignee accepts or declines and notes progress; the
 * chair reassigns, moves the due date and cancels; each shows in the case and the list of actions, and each
 * refusal names the rule and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TheLifeOfAnActionOverHttpTest extends ApiTest {

    private String cases;
    private String action;

    @BeforeEach
    void anActionOfYouthWork() {
        cases = "/api/cases/" + api.post("/api/cases", "anna", "police", concern()).text("caseId");
        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school", "youth-work")).status())
                .isEqualTo(204);
        action = cases + "/actions/" + api.post(cases + "/actions", "chris", "city",
                action("youth-work", LocalDate.now().plusDays(7))).text("actionId");
    }

    @Test
    void the_assignee_accepts_and_notes_progress_which_the_case_shows() {
        assertThat(api.post(action + "/acceptance", "youssef", "youth-work", null).status()).isEqualTo(204);
        assertThat(api.post(action + "/progress", "youssef", "youth-work", "{\"note\": \"Met him at the club\"}")
                .status()).isEqualTo(204);

        JsonNode shown = api.get(cases).json().path("actions").get(0);
        assertThat(shown.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(shown.path("progress").get(0).path("note").asString()).isEqualTo("Met him at the club");
        assertThat(api.post(action + "/acceptance", "youssef", "youth-work", null).text("code"))
                .isEqualTo("action-already-accepted");
    }

    @Test
    void only_the_assignee_answers_an_action_and_only_the_chair_reassigns_it() {
        long before = events();

        assertThat(api.post(action + "/acceptance", "sofie", "school", null).text("code")).isEqualTo("not-the-assignee");
        assertThat(api.post(action + "/reassignment", "youssef", "youth-work",
                "{\"assignee\": \"school\", \"reason\": \"the school sees him daily\"}").text("code")).isEqualTo("not-the-chair");

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_declined_action_is_reassigned_and_its_due_date_moved_by_the_chair() {
        assertThat(api.post(action + "/decline", "youssef", "youth-work", "{\"reason\": \"We do not know him\"}")
                .status()).isEqualTo(204);
        assertThat(api.get(cases).json().path("actions").get(0).path("declineReason").asString())
                .isEqualTo("We do not know him");
        assertThat(api.post(action + "/reassignment", "chris", "city",
                "{\"assignee\": \"school\", \"reason\": \"the school sees him daily\"}").status()).isEqualTo(204);
        LocalDate later = LocalDate.now().plusDays(21);
        assertThat(api.post(action + "/due-date", "chris", "city",
                "{\"dueDate\": \"" + later + "\", \"reason\": \"after the holiday\"}").status()).isEqualTo(204);

        JsonNode shown = api.get(cases).json().path("actions").get(0);
        assertThat(shown.path("assignee").asString()).isEqualTo("school");
        assertThat(shown.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(shown.path("dueDate").asString()).isEqualTo(later.toString());
        assertThat(api.post(action + "/due-date", "chris", "city",
                "{\"dueDate\": \"" + later + "\", \"reason\": \"again\"}").text("code")).isEqualTo("same-due-date");
    }

    @Test
    void a_cancelled_action_takes_nothing_more_and_leaves_the_open_count() {
        assertThat(api.post(action + "/cancellation", "chris", "city", "{\"reason\": \"The family moved away\"}")
                .status()).isEqualTo(204);

        assertThat(api.get(cases).json().path("actions").get(0).path("status").asString()).isEqualTo("CANCELLED");
        String caseId = cases.substring("/api/cases/".length());
        JsonNode summary = null;
        for (JsonNode listed : api.get("/api/cases").json()) {
            if (listed.path("caseId").asString().equals(caseId)) {
                summary = listed;
            }
        }
        assertThat(summary).isNotNull();
        assertThat(summary.path("openActionCount").asInt()).isZero();
        assertThat(api.post(action + "/progress", "youssef", "youth-work", "{\"note\": \"too late\"}").text("code"))
                .isEqualTo("action-cancelled");
    }

    @Test
    void the_same_idempotency_key_records_a_progress_note_once() {
        String note = "{\"note\": \"Called the parents\"}";
        assertThat(api.post(action + "/progress", "youssef", "youth-work", note, "Idempotency-Key", "note-1").status())
                .isEqualTo(204);
        long after = events();
        assertThat(api.post(action + "/progress", "youssef", "youth-work", note, "Idempotency-Key", "note-1").status())
                .isEqualTo(204);

        assertThat(events()).isEqualTo(after);
        assertThat(api.get(cases).json().path("actions").get(0).path("progress")).hasSize(1);
    }
}
