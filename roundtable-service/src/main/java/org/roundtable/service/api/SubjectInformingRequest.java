package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseCommand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.NotInformedReason;
import org.roundtable.core.cases.RecordSubjectInformed;
import org.roundtable.core.cases.RecordSubjectNotInformed;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;

/** Whether the subject was told of the case; {@code outcome} says which of the two it is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SubjectInformingRequest.Informed.class, name = "INFORMED"),
        @JsonSubTypes.Type(value = SubjectInformingRequest.NotInformed.class, name = "NOT_INFORMED")})
sealed interface SubjectInformingRequest {

    CaseCommand toCommand(CaseId caseId, Actor actor);

    /** The subject (or a parent) was told on a day, not in the future. */
    record Informed(@NotNull LocalDate on) implements SubjectInformingRequest {
        @Override
        public CaseCommand toCommand(CaseId caseId, Actor actor) {
            return new RecordSubjectInformed(caseId, actor, on);
        }
    }

    /** The subject is not told, for a reason, with an optional note. */
    record NotInformed(@NotNull NotInformedReason reason, @Nullable PersonalText note) implements SubjectInformingRequest {
        @Override
        public CaseCommand toCommand(CaseId caseId, Actor actor) {
            return new RecordSubjectNotInformed(caseId, actor, reason, note);
        }
    }
}
