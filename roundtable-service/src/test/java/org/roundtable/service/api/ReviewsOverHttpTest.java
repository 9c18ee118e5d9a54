package org.roundtable.service.api;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.service.support.ApiTest;
import org.roundtable.service.support.ReviewsFallenDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.service.support.Bodies.openCase;

/**
 * Reviews, closing reports and repeats through the real API: an opened case's first review falls due after the
 * round table's interval; the chair moves it and records reviews; closing takes a report and plans reviews after
 * closing, and the chair records each once its day has come; a new concern about the same subject within a year of the
 * closing repeats the closed case, which those who may know of both see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewsOverHttpTest extends ApiTest {

    @Autowired
    EventStore eventStore;

    private final String givenName = "Lore" + UUID.randomUUID().toString().substring(0, 8);
    private String cases;

    @BeforeEach
    void anOpenCase() {
        cases = "/api/cases/" + api.post("/api/cases", "sofie", "school", concern()).text("caseId");
        assertThat(api.post(cases + "/screening", "chris", "city", openCase("police", "school")).status()).isEqualTo(204);
    }

    @Test
    void an_opened_case_is_first_reviewed_after_three_months() {
        JsonNode reviews = api.getAs(cases, "chris").json().path("reviews");

        assertThat(reviews.path("nextReviewOn").asString()).isEqualTo(LocalDate.now().plusMonths(3).toString());
        assertThat(reviews.path("due").asBoolean()).isFalse();
    }

    @Test
    void the_chair_moves_the_review_and_records_one_which_plans_the_next() {
        LocalDate sooner = LocalDate.now().plusDays(10);
        assertThat(api.post(cases + "/review-date", "chris", "city", "{\"dueOn\": \"" + sooner + "\"}").status())
                .isEqualTo(204);
        assertThat(api.getAs(cases, "anna").json().path("reviews").path("nextReviewOn").asString())
                .isEqualTo(sooner.toString());

        assertThat(api.post(cases + "/reviews", "chris", "city", """
                {"note": "Sam joined the football team"}""").status()).isEqualTo(204);

        JsonNode reviews = api.getAs(cases, "chris").json().path("reviews");
        assertThat(reviews.path("lastReviewedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(reviews.path("lastNote").asString()).isEqualTo("Sam joined the football team");
        assertThat(reviews.path("nextReviewOn").asString()).isEqualTo(LocalDate.now().plusMonths(3).toString());
    }

    @Test
    void a_review_in_the_past_or_by_a_partner_is_refused_and_writes_nothing() {
        long before = events();

        assertThat(api.post(cases + "/review-date", "chris", "city",
                "{\"dueOn\": \"" + LocalDate.now().minusDays(1) + "\"}").text("code")).isEqualTo("review-date-in-past");
        assertThat(api.post(cases + "/reviews", "anna", "police", "{\"note\": \"Fine\"}").status()).isEqualTo(403);
        assertThat(api.refusedByTheDocument().post(cases + "/reviews", "chris", "city", "{}").status()).isEqualTo(400);

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void closing_takes_a_report_and_plans_reviews_after_closing() {
        LocalDate sixMonths = LocalDate.now().plusMonths(6);
        assertThat(api.refusedByTheDocument().post(cases + "/closure", "chris", "city", "{\"reason\": \"RISK_REDUCED\"}")
                .status()).isEqualTo(400);

        assertThat(api.post(cases + "/closure", "chris", "city", """
                {"reason": "RISK_REDUCED", "outcome": "Back at school every day", "exitCriteria": "PARTLY_MET",
                 "postClosureReviews": ["%s"]}""".formatted(sixMonths)).status()).isEqualTo(204);

        JsonNode closed = api.getAs(cases, "anna").json();
        assertThat(closed.path("closingReport").path("outcome").asString()).isEqualTo("Back at school every day");
        assertThat(closed.path("closingReport").path("exitCriteria").asString()).isEqualTo("PARTLY_MET");
        assertThat(closed.path("reviews").path("afterClosure").get(0).asString()).isEqualTo(sixMonths.toString());
        assertThat(closed.path("reviews").path("nextReviewOn").isNull()).isTrue();
    }

    @Test
    void a_review_after_closing_that_fell_due_is_recorded_once_and_the_case_stays_closed() {
        LocalDate sixMonths = LocalDate.now().plusMonths(6);
        closeWithAReviewOn(sixMonths);
        ReviewsFallenDue.postClosureReviewDue(eventStore, caseId(), sixMonths);
        assertThat(api.getAs(cases, "chris").json().path("reviews").path("afterClosureDue").get(0).asString())
                .isEqualTo(sixMonths.toString());
        assertThat(listed().path("postClosureReviewsDue").get(0).asString()).isEqualTo(sixMonths.toString());

        assertThat(api.post(cases + "/post-closure-reviews", "chris", "city", """
                {"note": "New threats in the class group", "outcome": "CONCERN_AGAIN"}""").status()).isEqualTo(204);

        JsonNode kase = api.getAs(cases, "chris").json();
        assertThat(kase.path("status").asString()).isEqualTo("CLOSED");
        assertThat(kase.path("reviews").path("afterClosureDue").isEmpty()).isTrue();
        JsonNode recorded = kase.path("reviews").path("afterClosureRecorded").get(0);
        assertThat(recorded.path("dueOn").asString()).isEqualTo(sixMonths.toString());
        assertThat(recorded.path("reviewedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(recorded.path("note").asString()).isEqualTo("New threats in the class group");
        assertThat(recorded.path("outcome").asString()).isEqualTo("CONCERN_AGAIN");
        assertThat(listed().path("postClosureReviewsDue").isEmpty()).isTrue();

        long before = events();
        assertThat(api.post(cases + "/post-closure-reviews", "chris", "city", """
                {"note": "Again", "outcome": "NO_FURTHER_CONCERN"}""").text("code")).isEqualTo("no-review-due");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_review_after_closing_of_an_open_case_before_its_day_or_by_a_partner_is_refused_and_writes_nothing() {
        String review = """
                {"note": "Fine", "outcome": "NO_FURTHER_CONCERN"}""";
        long before = events();
        assertThat(api.post(cases + "/post-closure-reviews", "chris", "city", review).text("code"))
                .isEqualTo("case-not-closed");
        assertThat(events()).isEqualTo(before);

        closeWithAReviewOn(LocalDate.now().plusMonths(6));
        before = events();
        assertThat(api.post(cases + "/post-closure-reviews", "chris", "city", review).text("code"))
                .isEqualTo("no-review-due");
        assertThat(api.post(cases + "/post-closure-reviews", "anna", "police", review).text("code"))
                .isEqualTo("not-the-chair");
        assertThat(api.refusedByTheDocument().post(cases + "/post-closure-reviews", "chris", "city",
                "{\"note\": \"Fine\"}").status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_new_concern_about_the_subject_of_a_recently_closed_case_repeats_it() {
        api.post(cases + "/closure", "chris", "city", """
                {"reason": "RISK_REDUCED", "outcome": "Calm again", "exitCriteria": "MET"}""");
        String number = api.getAs(cases, "chris").text("caseNumber");

        String again = "/api/cases/" + api.post("/api/cases", "youssef", "youth-work",
                concern().replace(givenName, givenName.toUpperCase())).text("caseId");

        assertThat(api.getAs(again, "chris").json().path("repeatOf").asString()).isEqualTo(number);
        // Youth work raised the new concern but takes no part in the earlier case: it sees only the screening outcome.
        assertThat(api.getAs(again, "youssef").json().path("repeatOf").isNull()).isTrue();
        assertThat(api.getAs("/api/cases", "chris").json().findValues("repeatOf").stream()
                .anyMatch(repeat -> repeat.asString("").equals(number))).isTrue();
    }

    private void closeWithAReviewOn(LocalDate day) {
        assertThat(api.post(cases + "/closure", "chris", "city", """
                {"reason": "RISK_REDUCED", "outcome": "Back at school", "exitCriteria": "MET",
                 "postClosureReviews": ["%s"]}""".formatted(day)).status()).isEqualTo(204);
    }

    private String caseId() {
        return cases.substring("/api/cases/".length());
    }

    /** The case's line in the chair's case list. */
    private JsonNode listed() {
        for (JsonNode line : api.getAs("/api/cases", "chris").json()) {
            if (line.path("caseId").asString().equals(caseId())) {
                return line;
            }
        }
        throw new AssertionError("the case is not in the chair's list");
    }

    private String concern() {
        return """
                {"subject": {"givenName": "%s", "familyName": "Peeters", "dateOfBirth": "2010-02-03"},
                 "summary": "Has started sharing extremist videos in the class group",
                 "urgency": "HIGH", "category": "RADICALISATION"}""".formatted(givenName);
    }
}
