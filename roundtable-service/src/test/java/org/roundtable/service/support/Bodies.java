package org.roundtable.service.support;

import java.time.LocalDate;

/** Request bodies for the story, kept short and readable in tests. */
public final class Bodies {

    private Bodies() {
    }

    public static String concern() {
        return """
                {"subject": {"givenName": "Sam", "familyName": "Peeters", "dateOfBirth": "2009-04-12"},
                 "summary": "Has started sharing extremist videos in the class group",
                 "urgency": "HIGH", "category": "RADICALISATION"}""";
    }

    public static String openCase(String lead, String... others) {
        return """
                {"decision": "OPEN_CASE", "lead": "%s", "participants": [%s]}"""
                .formatted(lead, String.join(", ", java.util.Arrays.stream(others).map(p -> "\"" + p + "\"").toList()));
    }

    public static String information(String level) {
        return """
                {"content": "Was seen at a meeting of a group known to recruit", "level": "%s", "sourceProtected": true}"""
                .formatted(level);
    }

    public static String action(String assignee, LocalDate due, String... reliesOn) {
        return """
                {"assignee": "%s", "description": "Talk with the parents", "dueDate": "%s", "reliesOn": [%s]}"""
                .formatted(assignee, due, String.join(", ", java.util.Arrays.stream(reliesOn).map(p -> "\"" + p + "\"").toList()));
    }
}
