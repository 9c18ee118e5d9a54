package org.roundtable.core.cases;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What the chair decides when screening a concern: open a case, refer it on, or dismiss it. */
public sealed interface ScreeningDecision {

    /** Adopt the concern as a case, led by one partner, with the partners who take part (the lead among them). */
    record OpenCase(PartnerId lead, Set<PartnerId> participants) implements ScreeningDecision {
        public OpenCase {
            Objects.requireNonNull(lead, "lead");
            TreeSet<PartnerId> all = new TreeSet<>(participants == null ? Set.of() : participants);
            all.add(lead);
            participants = Collections.unmodifiableSortedSet(all);
        }
    }

    /** Out of the round table's scope: hand it to the right service. */
    record Refer(String referredTo, PersonalText reason) implements ScreeningDecision {
        public static final int MAX_SERVICE_LENGTH = 200;

        public Refer {
            Objects.requireNonNull(referredTo, "referred to");
            if (referredTo.isBlank() || referredTo.length() > MAX_SERVICE_LENGTH) {
                throw new IllegalArgumentException("the service referred to is 1 to " + MAX_SERVICE_LENGTH + " characters");
            }
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No further action. */
    record Dismiss(PersonalText reason) implements ScreeningDecision {
        public Dismiss {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
