package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.util.Set;
import java.util.stream.Collectors;

/** The chair's screening decision; {@code decision} says which of the three it is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningRequest.OpenCase.class, name = "OPEN_CASE"),
        @JsonSubTypes.Type(value = ScreeningRequest.Refer.class, name = "REFER"),
        @JsonSubTypes.Type(value = ScreeningRequest.Dismiss.class, name = "DISMISS")})
sealed interface ScreeningRequest {

    ScreeningDecision toDecision();

    /** Adopt the concern as a case with a lead partner and the partners who take part. */
    record OpenCase(@NotNull @Pattern(regexp = PartnerId.FORMAT) String lead,
                    @NotNull @Size(max = 50) Set<@NotNull @Pattern(regexp = PartnerId.FORMAT) String> participants)
            implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.OpenCase(PartnerId.of(lead),
                    participants.stream().map(PartnerId::of).collect(Collectors.toSet()));
        }
    }

    /** Hand the concern to the service that can help. */
    record Refer(@NotBlank @Size(max = ScreeningDecision.Refer.MAX_SERVICE_LENGTH) String referredTo,
                 @NotBlank @Size(max = PersonalText.MAX_LENGTH) String reason) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Refer(referredTo.strip(), PersonalText.of(reason));
        }
    }

    /** No further action. */
    record Dismiss(@NotBlank @Size(max = PersonalText.MAX_LENGTH) String reason) implements ScreeningRequest {
        @Override
        public ScreeningDecision toDecision() {
            return new ScreeningDecision.Dismiss(PersonalText.of(reason));
        }
    }
}
