package org.roundtable.core.cases;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.StoredForm;

import java.time.LocalDate;

/**
 * Who a concern is about. The most sensitive personal data in the system, kept in this one type so that
 * it can be encrypted per subject and erased; elsewhere the case is known by its {@link CaseNumber}.
 * A subject given for a command has a given or a family name, and a date of birth or an age band (both may
 * be known). An erased identity has none of them ({@link #ERASED}).
 */
public record SubjectIdentity(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                              @Nullable AgeBand ageBand) {

    public static final int MAX_NAME_LENGTH = 100;

    /** An identity that has been erased: the case still exists, the person is no longer known. */
    public static final SubjectIdentity ERASED = new SubjectIdentity(null, null, null, null);

    /** As stored; checks nothing. Use {@link #of} for an identity someone typed. */
    @StoredForm
    public SubjectIdentity {
    }

    /** An identity given for a command: names are trimmed, and the rules above are checked. */
    @JsonCreator
    public static SubjectIdentity of(@JsonProperty("givenName") String givenName,
                                     @JsonProperty("familyName") String familyName,
                                     @JsonProperty("dateOfBirth") LocalDate dateOfBirth,
                                     @JsonProperty("ageBand") AgeBand ageBand) {
        String given = name(givenName, "givenName");
        String family = name(familyName, "familyName");
        if (given == null && family == null) {
            throw new InvalidValue("", "a subject needs a given name or a family name");
        }
        if (dateOfBirth == null && ageBand == null) {
            throw new InvalidValue("", "a subject needs a date of birth or an age band");
        }
        return new SubjectIdentity(given, family, dateOfBirth, ageBand);
    }

    private static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValue(field, "a name is at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Whether the identity has been erased (no name and no age are known). */
    @JsonIgnore
    public boolean isErased() {
        return givenName == null && familyName == null && dateOfBirth == null && ageBand == null;
    }

    @Override
    public String toString() {
        return isErased() ? "SubjectIdentity[erased]" : "SubjectIdentity[redacted]";
    }
}
