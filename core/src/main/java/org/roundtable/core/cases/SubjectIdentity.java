package org.roundtable.core.cases;

import java.time.LocalDate;

/**
 * Who a concern is about. The most sensitive personal data in the system, kept in this one type so that
 * it can be encrypted per subject and erased; elsewhere the case is known by its {@link CaseNumber}.
 * Either the date of birth or an age band is known; both may be.
 */
public record SubjectIdentity(String givenName, String familyName, LocalDate dateOfBirth, AgeBand ageBand) {

    public static final int MAX_NAME_LENGTH = 100;

    public SubjectIdentity {
        givenName = name(givenName, "given name");
        familyName = name(familyName, "family name");
        if (givenName == null && familyName == null) {
            throw new IllegalArgumentException("a subject needs a given name or a family name");
        }
        if (dateOfBirth == null && ageBand == null) {
            throw new IllegalArgumentException("a subject needs a date of birth or an age band");
        }
    }

    private static String name(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("the " + what + " must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return "SubjectIdentity[redacted]";
    }
}
