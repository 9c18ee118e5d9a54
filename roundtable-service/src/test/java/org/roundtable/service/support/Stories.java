package org.roundtable.service.support;

import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.service.support.Bodies.action;
import static org.roundtable.service.support.Bodies.concern;
import static org.roundtable.service.support.Bodies.information;
import static org.roundtable.service.support.Bodies.openCase;

/** Short stories told through the API, for tests that need a store with some history in it. */
public final class Stories {

    private Stories() {
    }

    /**
     * Three cases that between them cause every kind of case event: one opened, with information shared and
     * withdrawn, an action assigned relying on another partner's information, consented to and completed, another
     * whose consent is refused, the subject's consent and informing recorded, closed and reopened; one referred;
     * one dismissed.
     */
    public static void everyKindOfEvent(Api api) {
        String opened = "/api/cases/" + raise(api);
        expect(api.post(opened + "/screening", "chris", "city", openCase("police", "school", "youth-work")), 204);
        String kept = api.post(opened + "/information", "sofie", "school", information("AMBER")).text("informationId");
        String withdrawn = api.post(opened + "/information", "anna", "police", information("RED")).text("informationId");
        expect(api.post(opened + "/information/" + withdrawn + "/withdrawal", "anna", "police",
                "{\"reason\": \"shared in error\"}"), 204);
        String actionId = api.post(opened + "/actions", "chris", "city",
                action("youth-work", LocalDate.now().plusDays(7), kept)).text("actionId");
        String refusedAction = api.post(opened + "/actions", "chris", "city",
                action("police", LocalDate.now().plusDays(9), kept)).text("actionId");
        expect(api.post(opened + "/actions/" + refusedAction + "/consents/" + kept, "sofie", "school",
                "{\"decision\": \"REFUSED\", \"reason\": \"not before the school has spoken to the parents\"}"), 204);
        expect(api.post(opened + "/actions/" + actionId + "/consents/" + kept, "sofie", "school",
                "{\"decision\": \"GRANTED\"}"), 204);
        expect(api.post(opened + "/actions/" + actionId + "/acceptance", "youssef", "youth-work", null), 204);
        expect(api.post(opened + "/actions/" + actionId + "/progress", "youssef", "youth-work",
                "{\"note\": \"met Sam and his mother\"}"), 204);
        expect(api.post(opened + "/actions/" + actionId + "/completion", "youssef", "youth-work",
                "{\"outcome\": \"joined the football team\"}"), 204);
        String declined = api.post(opened + "/actions", "chris", "city",
                action("school", LocalDate.now().plusDays(5))).text("actionId");
        expect(api.post(opened + "/actions/" + declined + "/decline", "sofie", "school",
                "{\"reason\": \"no one free this month\"}"), 204);
        expect(api.post(opened + "/actions/" + declined + "/reassignment", "chris", "city",
                "{\"assignee\": \"youth-work\", \"reason\": \"youth work has room\"}"), 204);
        expect(api.post(opened + "/actions/" + declined + "/due-date", "chris", "city",
                "{\"dueDate\": \"" + LocalDate.now().plusDays(12) + "\", \"reason\": \"after the holidays\"}"), 204);
        expect(api.post(opened + "/actions/" + declined + "/cancellation", "chris", "city",
                "{\"reason\": \"no longer needed\"}"), 204);
        expect(api.post(opened + "/review-date", "chris", "city",
                "{\"dueOn\": \"" + LocalDate.now().plusDays(40) + "\"}"), 204);
        expect(api.post(opened + "/reviews", "chris", "city", "{\"note\": \"the partners see progress\"}"), 204);
        expect(api.post(opened + "/subject/consent", "chris", "city",
                "{\"decision\": \"GIVEN\", \"by\": \"PARENT\", \"on\": \"" + LocalDate.now().minusDays(1) + "\"}"), 204);
        expect(api.post(opened + "/subject/informing", "anna", "police",
                "{\"outcome\": \"NOT_INFORMED\", \"reason\": \"ONGOING_INVESTIGATION\", \"note\": \"not before the hearing\"}"), 204);
        expect(api.post(opened + "/subject/informing", "sofie", "school",
                "{\"outcome\": \"INFORMED\", \"on\": \"" + LocalDate.now() + "\"}"), 204);
        expect(api.post(opened + "/closure", "chris", "city", "{\"reason\": \"RISK_REDUCED\", \"note\": \"calmer\", \"outcome\": \"Back at school\", \"exitCriteria\": \"MET\"}"), 204);
        expect(api.post(opened + "/reopening", "chris", "city", "{\"reason\": \"a new concern\"}"), 204);

        expect(api.post("/api/cases/" + raise(api) + "/screening", "chris", "city",
                "{\"decision\": \"REFER\", \"referredTo\": \"truancy team\", \"reason\": \"out of scope\"}"), 204);
        expect(api.post("/api/cases/" + raise(api) + "/screening", "chris", "city",
                "{\"decision\": \"DISMISS\", \"reason\": \"no concern after all\"}"), 204);
        expect(api.post("/api/cases/" + raise(api) + "/screening", "chris", "city",
                "{\"decision\": \"ADVISE_ONLY\", \"advice\": \"talk with the parents first\"}"), 204);
        expect(api.post("/api/cases/" + raise(api) + "/screening", "chris", "city",
                "{\"decision\": \"SIGNPOST\", \"partner\": \"youth-work\", \"feedback\": \"youth work knows the family\"}"), 204);
        everyKindOfSessionEvent(api, opened.substring("/api/cases/".length()), refusedAction, raise(api));
    }

    /**
     * Two sessions that between them cause every kind of session event: one rescheduled, with two cases on its
     * agenda (one accepted from the proposal, one added), reordered, one dropped, attendance, the confidentiality
     * statement, a note, decisions taken at its table (a partner brought into the open case, the lead handed over, the
     * partner taken out again), the open case's action still open carried forward as it closes once begun, and its
     * minutes corrected; the other cancelled.
     */
    private static void everyKindOfSessionEvent(Api api, String openCase, String openAction, String raisedCase) {
        Instant startsAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        String held = api.post("/api/sessions", "chris", "city", venue(startsAt.plusSeconds(3600))).location();
        expect(api.post(held + "/rescheduling", "chris", "city", venue(startsAt)), 204);
        String first = api.post(held + "/agenda", "chris", "city",
                "{\"entries\": [{\"caseId\": \"" + openCase + "\", \"purpose\": \"DISCUSSION\"}]}")
                .json().path("itemIds").get(0).asString();
        String second = api.post(held + "/agenda/items", "chris", "city",
                "{\"caseId\": \"" + raisedCase + "\", \"purpose\": \"SCREENING\", \"minutes\": 5}").text("itemId");
        expect(api.post(held + "/agenda/order", "chris", "city",
                "{\"order\": [\"" + second + "\", \"" + first + "\"]}"), 204);
        expect(api.post(held + "/agenda/items/" + second + "/removal", "chris", "city", null), 204);
        expect(api.post(held + "/attendance", "chris", "city",
                "{\"partner\": \"police\", \"attendance\": \"PRESENT\", \"representedBy\": \"anna\"}"), 204);
        expect(api.post(held + "/confidentiality", "chris", "city", "{\"partner\": \"police\", \"person\": \"anna\"}"), 204);
        expect(api.post(held + "/agenda/items/" + first + "/notes", "chris", "city", "{\"note\": \"calmer at school\"}"), 204);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(startsAt));
        String atTheTable = "?decidedInSession=" + held.substring("/api/sessions/".length()) + "&decidedAtItem=" + first;
        String decided = "/api/cases/" + openCase;
        expect(api.post(decided + "/participants" + atTheTable, "chris", "city", "{\"partner\": \"mental-health\"}"), 204);
        expect(api.post(decided + "/lead" + atTheTable, "chris", "city", "{\"lead\": \"youth-work\"}"), 204);
        expect(api.post(decided + "/participants/mental-health/removal" + atTheTable, "chris", "city",
                "{\"reason\": \"not needed after all\"}"), 204);
        expect(api.post(held + "/closure", "chris", "city", "{\"carriedForward\": [{\"caseId\": \"" + openCase
                + "\", \"actionId\": \"" + openAction + "\", \"reason\": \"CIRCUMSTANCES_CHANGED\"}]}"), 204);
        expect(api.post(held + "/corrections", "chris", "city",
                "{\"itemId\": \"" + first + "\", \"correction\": \"calmer at home\", \"reason\": \"misheard\"}"), 204);

        String called = api.post("/api/sessions", "chris", "city", venue(startsAt.plusSeconds(86400))).location();
        expect(api.post(called + "/cancellation", "chris", "city", "{\"reason\": \"too few partners\"}"), 204);
    }

    private static String venue(Instant startsAt) {
        return "{\"startsAt\": \"" + startsAt + "\", \"place\": \"Town hall\"}";
    }

    /**
     * A case closed with a review after closing, the review fallen due (recorded as its deadline records it on its
     * day, months on: see {@link ReviewsFallenDue}) and then recorded by the chair.
     */
    public static void aReviewAfterClosingRecorded(Api api, EventStore eventStore) {
        String caseId = raise(api);
        String cases = "/api/cases/" + caseId;
        expect(api.post(cases + "/screening", "chris", "city", openCase("police", "school")), 204);
        LocalDate review = LocalDate.now().plusMonths(6);
        expect(api.post(cases + "/closure", "chris", "city", """
                {"reason": "RISK_REDUCED", "outcome": "Back at school", "exitCriteria": "MET", "postClosureReviews": ["%s"]}"""
                .formatted(review)), 204);
        ReviewsFallenDue.postClosureReviewDue(eventStore, caseId, review);
        expect(api.post(cases + "/post-closure-reviews", "chris", "city",
                "{\"note\": \"still calm\", \"outcome\": \"NO_FURTHER_CONCERN\"}"), 204);
    }

    private static String raise(Api api) {
        Api.Response raised = api.post("/api/cases", "anna", "police", concern());
        expect(raised, 201);
        return raised.text("caseId");
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
