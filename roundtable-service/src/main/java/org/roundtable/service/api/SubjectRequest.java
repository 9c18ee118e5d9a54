package org.roundtable.service.api;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.SubjectIdentity;

import java.time.LocalDate;

/** Who a concern is about: a name, and a date of birth or an age band. */
record SubjectRequest(@Size(max = SubjectIdentity.MAX_NAME_LENGTH) String givenName,
                      @Size(max = SubjectIdentity.MAX_NAME_LENGTH) String familyName,
                      @PastOrPresent LocalDate dateOfBirth,
                      AgeBand ageBand) {

    SubjectIdentity toIdentity() {
        try {
            return new SubjectIdentity(givenName, familyName, dateOfBirth, ageBand);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("subject", e.getMessage());
        }
    }
}
