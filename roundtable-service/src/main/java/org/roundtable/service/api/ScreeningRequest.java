package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Set;

/** The chair's screening decision; {@code decision} says which of the five it is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningRequest.OpenCase.class, name = "OPEN_CASE"),
        @JsonSubTypes.Type(value = ScreeningRequest.Refer.class, name = "REFER"),
        @JsonSubTypes.Type(value = ScreeningRequest.AdviseOnly.class, name = "ADVISE_ONLY"),
        @JsonSubTypes.Type(value = ScreeningRequest.Signpost.class, name = "SIGNPOST"),
        @JsonSubTypes.Type(value = ScreeningRequest.Dismiss.class, name = "DISMISS")})
sealed interface ScreeningRequest {

    ScreeningDecision toDecision();

    /** Adopt the concern as a case with a lead partner and the partners who take part (at most 50, the lead counted). */
    record OpenCase(@NotNull PartnerId lead, @NotNull Set<@NotNull PartnerId> participants) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.OpenCase(lead, participants);
        }
    }

    /** Hand the concern to the service that can help, named in 1 to 200 characters. */
    record Refer(@NotNull String referredTo, @NotNull PersonalText reason) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Refer(referredTo, reason);
        }
    }

    /** Not a case for the round table: the advice for the partner that raised it; the concern is then closed. */
    record AdviseOnly(@NotNull PersonalText advice) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.AdviseOnly(advice);
        }
    }

    /** One partner of the round table takes the concern up on its own; the feedback is for the partner that raised it. */
    record Signpost(@NotNull PartnerId partner, @NotNull PersonalText feedback) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Signpost(partner, feedback);
        }
    }

    /** No further action. */
    record Dismiss(@NotNull PersonalText reason) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Dismiss(reason);
        }
    }
}
