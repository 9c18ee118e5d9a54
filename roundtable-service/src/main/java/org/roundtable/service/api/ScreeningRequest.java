package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Set;

/** The chair's screening decision; {@code decision} says which of the three it is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningRequest.OpenCase.class, name = "OPEN_CASE"),
        @JsonSubTypes.Type(value = ScreeningRequest.Refer.class, name = "REFER"),
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

    /** No further action. */
    record Dismiss(@NotNull PersonalText reason) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Dismiss(reason);
        }
    }
}
