package org.roundtable.core.cases;

import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the chair decides when screening a concern: open a case, refer it to another service, answer it with advice
 * only, signpost it to one partner, or dismiss it.
 */
public sealed interface ScreeningDecision {

    /**
     * Adopt the concern as a case, led by one partner, with the partners who take part (the lead among them,
     * at most {@value #MAX_PARTICIPANTS} in all).
     */
    record OpenCase(PartnerId lead, Set<PartnerId> participants) implements ScreeningDecision {

        public static final int MAX_PARTICIPANTS = 50;

        public OpenCase {
            Objects.requireNonNull(lead, "lead");
            TreeSet<PartnerId> all = new TreeSet<>(participants == null ? Set.of() : participants);
            all.add(lead);
            if (all.size() > MAX_PARTICIPANTS) {
                throw new InvalidValue("participants", "a case has at most " + MAX_PARTICIPANTS + " participants");
            }
            participants = Collections.unmodifiableSortedSet(all);
        }
    }

    /** Out of the round table's scope: hand it to the right service, named in 1 to 200 characters. */
    record Refer(String referredTo, PersonalText reason) implements ScreeningDecision {

        public static final int MAX_SERVICE_LENGTH = 200;

        public Refer {
            Objects.requireNonNull(reason, "reason");
            referredTo = referredTo == null ? "" : referredTo.strip();
            if (referredTo.isEmpty() || referredTo.length() > MAX_SERVICE_LENGTH) {
                throw new InvalidValue("referredTo",
                        "the service referred to is named in 1 to " + MAX_SERVICE_LENGTH + " characters");
            }
        }
    }

    /** Not a case for the round table: the advice given to the partner that raised it, and the concern is closed. */
    record AdviseOnly(PersonalText advice) implements ScreeningDecision {
        public AdviseOnly {
            Objects.requireNonNull(advice, "advice");
        }
    }

    /**
     * One partner of the round table takes the concern up on its own; the feedback tells the partner that raised
     * it why.
     */
    record Signpost(PartnerId partner, PersonalText feedback) implements ScreeningDecision {
        public Signpost {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(feedback, "feedback");
        }
    }

    /** No further action. */
    record Dismiss(PersonalText reason) implements ScreeningDecision {
        public Dismiss {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
