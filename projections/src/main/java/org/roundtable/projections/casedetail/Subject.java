package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.AgeBand;

import java.time.LocalDate;

/**
 * Who the case is about, as far as it is still known: {@code erased} is true when the identity has been
 * erased, and every other field is then null.
 */
public record Subject(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                      @Nullable AgeBand ageBand, boolean erased) {

    static Subject of(String givenName, String familyName, LocalDate dateOfBirth, AgeBand ageBand) {
        boolean erased = givenName == null && familyName == null && dateOfBirth == null && ageBand == null;
        return new Subject(givenName, familyName, dateOfBirth, ageBand, erased);
    }
}
