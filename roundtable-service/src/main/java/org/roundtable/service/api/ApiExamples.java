package org.roundtable.service.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request example for every operation that takes a body, by operation id and example name: shown in the
 * API description, and checked against it by the contract tests.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    /** An id, as path parameters show it. */
    static final String ID = "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10";

    /** The path parameters that name something people chose (a code, a user name, a role) rather than an id. */
    static final Map<String, String> PATH_VALUES = Map.of(
            "partnerId", "police",
            "person", "anna",
            "username", "anna",
            "role", "PARTNER");

    static final Map<String, Map<String, String>> BY_OPERATION = Map.ofEntries(
            Map.entry("createToken", ordered(
                    "password", """
                            {"username": "anna", "password": "correct horse battery staple"}""",
                    "withOneTimeCode", """
                            {"username": "chris", "password": "correct horse battery staple", "oneTimeCode": "492039"}""")),
            Map.entry("raiseConcern", Map.of("concern", """
                    {"subject": {"givenName": "Sam", "familyName": "Peeters", "dateOfBirth": "2009-04-12"},
                     "summary": "Has started sharing extremist videos in the class group",
                     "urgency": "HIGH", "category": "RADICALISATION"}""")),
            Map.entry("screenConcern", ordered(
                    "openCase", """
                            {"decision": "OPEN_CASE", "lead": "police", "participants": ["school", "youth-work"]}""",
                    "refer", """
                            {"decision": "REFER", "referredTo": "Family support service",
                             "reason": "A family matter, not a risk of radicalisation"}""",
                    "adviseOnly", """
                            {"decision": "ADVISE_ONLY",
                             "advice": "Talk with the parents first; raise it again if the worry grows"}""",
                    "signpost", """
                            {"decision": "SIGNPOST", "partner": "youth-work",
                             "feedback": "Youth work knows the family and takes it up"}""",
                    "dismiss", """
                            {"decision": "DISMISS", "reason": "A misunderstanding, cleared up with the school"}""")),
            Map.entry("shareInformation", Map.of("information", """
                    {"content": "Missed six days this month; friends are worried", "level": "AMBER_STRICT",
                     "sourceProtected": true}""")),
            Map.entry("withdrawInformation", Map.of("withdrawal", """
                    {"reason": "Shared in the wrong case"}""")),
            Map.entry("assignAction", Map.of("action", """
                    {"assignee": "youth-work", "description": "Invite Sam to the football project",
                     "dueDate": "2030-01-31", "reliesOn": ["3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10"]}""")),
            Map.entry("completeAction", Map.of("outcome", """
                    {"outcome": "Joined the team"}""")),
            Map.entry("declineAction", Map.of("decline", """
                    {"reason": "We have no contact with the family"}""")),
            Map.entry("recordActionProgress", Map.of("progress", """
                    {"note": "Called the parents; a visit is planned for Tuesday"}""")),
            Map.entry("cancelAction", Map.of("cancellation", """
                    {"reason": "The family moved away"}""")),
            Map.entry("reassignAction", Map.of("reassignment", """
                    {"assignee": "police", "reason": "The police know the family"}""")),
            Map.entry("changeActionDueDate", Map.of("dueDate", """
                    {"dueDate": "2030-02-28", "reason": "The family is away until February"}""")),
            Map.entry("decideConsent", ordered(
                    "grant", """
                            {"decision": "GRANTED"}""",
                    "refuse", """
                            {"decision": "REFUSED", "reason": "An investigation is under way; nobody may act on this yet"}""")),
            Map.entry("recordSubjectConsent", Map.of("consent", """
                    {"decision": "GIVEN", "by": "PARENT", "on": "2026-11-20"}""")),
            Map.entry("recordSubjectInforming", ordered(
                    "informed", """
                            {"outcome": "INFORMED", "on": "2026-11-20"}""",
                    "notInformed", """
                            {"outcome": "NOT_INFORMED", "reason": "ONGOING_INVESTIGATION",
                             "note": "The police will say when Sam can be told"}""")),
            Map.entry("closeCase", ordered(
                    "closure", """
                            {"reason": "RISK_REDUCED", "outcome": "Back at school every day, no new incidents",
                             "exitCriteria": "MET"}""",
                    "withReviewsAfterClosing", """
                            {"reason": "RISK_REDUCED", "note": "The family asked to stay in touch",
                             "outcome": "Back at school every day", "exitCriteria": "PARTLY_MET",
                             "postClosureReviews": ["2027-05-20", "2027-11-20"]}""")),
            Map.entry("scheduleReview", Map.of("reviewDate", """
                    {"dueOn": "2027-02-15"}""")),
            Map.entry("recordReview", ordered(
                    "afterTheInterval", """
                            {"note": "Sam plays football every week; the school sees no new incidents"}""",
                    "onAChosenDay", """
                            {"note": "Tensions at home again", "nextReviewOn": "2027-01-10"}""")),
            Map.entry("changeLead", Map.of("newLead", """
                    {"lead": "youth-work"}""")),
            Map.entry("addParticipant", Map.of("partner", """
                    {"partner": "mental-health"}""")),
            Map.entry("removeParticipant", Map.of("reason", """
                    {"reason": "The school has done what it could; Sam changed schools"}""")),
            Map.entry("recordPostClosureReview", ordered(
                    "noFurtherConcern", """
                            {"note": "Still at school every day; the youth worker sees him weekly",
                             "outcome": "NO_FURTHER_CONCERN"}""",
                    "concernAgain", """
                            {"note": "New threats in the class group", "outcome": "CONCERN_AGAIN"}""")),
            Map.entry("reopenCase", Map.of("reopening", """
                    {"reason": "New worrying posts in the class group"}""")),
            Map.entry("registerPartner", Map.of("partner", """
                    {"partnerId": "mental-health", "name": "Mental health service East", "sector": "MENTAL_HEALTH"}""")),
            Map.entry("agreeCharter", Map.of("charter", """
                    {"charterVersion": "2026-1"}""")),
            Map.entry("addRepresentative", Map.of("representative", """
                    {"person": "anna"}""")),
            Map.entry("openAccount", Map.of("account", """
                    {"username": "anna", "partner": "police", "displayName": "Anna Janssens", "roles": ["PARTNER"],
                     "password": "blue kettle on a quiet tuesday"}""")),
            Map.entry("grantRole", Map.of("role", """
                    {"role": "CHAIR"}""")),
            Map.entry("scheduleSession", ordered(
                    "place", """
                            {"startsAt": "2030-01-15T18:00:00Z", "place": "Town hall, room 2"}""",
                    "video", """
                            {"startsAt": "2030-01-15T18:00:00Z", "videoLink": "https://meet.example.org/round-table"}""")),
            Map.entry("rescheduleSession", Map.of("moved", """
                    {"startsAt": "2030-01-22T18:00:00Z", "place": "Town hall, room 2",
                     "videoLink": "https://meet.example.org/round-table"}""")),
            Map.entry("cancelSession", Map.of("cancellation", """
                    {"reason": "Too few partners can come"}""")),
            Map.entry("acceptAgenda", Map.of("kept", """
                    {"entries": [{"caseId": "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10", "purpose": "SCREENING"},
                                 {"caseId": "7b2d4e6f-8a1c-4b3d-9e5f-1a2b3c4d5e6f", "purpose": "OVERDUE_ACTION",
                                  "minutes": 20}]}""")),
            Map.entry("addAgendaItem", Map.of("item", """
                    {"caseId": "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10", "purpose": "DISCUSSION", "minutes": 15}""")),
            Map.entry("reorderAgenda", Map.of("order", """
                    {"order": ["7b2d4e6f-8a1c-4b3d-9e5f-1a2b3c4d5e6f", "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10"]}""")),
            Map.entry("recordAttendance", ordered(
                    "present", """
                            {"partner": "police", "attendance": "PRESENT", "representedBy": "anna"}""",
                    "apologies", """
                            {"partner": "school", "attendance": "APOLOGIES"}""")),
            Map.entry("recordConfidentialityAgreement", Map.of("agreement", """
                    {"partner": "police", "person": "anna"}""")),
            Map.entry("recordItemNote", Map.of("note", """
                    {"note": "The school sees Sam every day again; youth work keeps in touch"}""")),
            Map.entry("closeSession", ordered(
                    "carrying", """
                            {"carriedForward": [{"caseId": "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10",
                                                 "actionId": "7b2d4e6f-8a1c-4b3d-9e5f-1a2b3c4d5e6f",
                                                 "reason": "NOT_DONE_BY_PARTNER"}]}""",
                    "nothing open", """
                            {"carriedForward": []}""")),
            Map.entry("correctMinutes", ordered(
                    "item", """
                            {"itemId": "3f1c2a9e-7a52-4c1e-9d1b-2b6f3c8e9a10",
                             "correction": "The police spoke to the parents, not the school",
                             "reason": "The note named the wrong partner"}""",
                    "whole", """
                            {"correction": "The session was held on 15 January", "reason": "The date was missing"}""")),
            Map.entry("resetPassword", Map.of("password", """
                    {"password": "seven lanterns over the river"}""")));

    private static Map<String, String> ordered(String... namesAndExamples) {
        Map<String, String> examples = new LinkedHashMap<>();
        for (int i = 0; i < namesAndExamples.length; i += 2) {
            examples.put(namesAndExamples[i], namesAndExamples[i + 1]);
        }
        return examples;
    }
}
