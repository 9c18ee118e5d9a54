package org.roundtable.service.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotNull;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseCommand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.GrantConsent;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.RefuseConsent;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

/** The owner's answer to a request for consent; {@code decision} says which of the two it is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ConsentDecisionRequest.ConsentGrant.class, name = "GRANTED"),
        @JsonSubTypes.Type(value = ConsentDecisionRequest.ConsentRefusal.class, name = "REFUSED")})
sealed interface ConsentDecisionRequest {

    CaseCommand toCommand(CaseId caseId, ActionId actionId, InformationId informationId, Actor actor);

    /** The action may rely on the information. */
    record ConsentGrant() implements ConsentDecisionRequest {
        @Override
        public CaseCommand toCommand(CaseId caseId, ActionId actionId, InformationId informationId, Actor actor) {
            return new GrantConsent(caseId, actionId, informationId, actor);
        }
    }

    /** The action may not rely on the information, for a reason; it can then not be completed. */
    record ConsentRefusal(@NotNull PersonalText reason) implements ConsentDecisionRequest {
        @Override
        public CaseCommand toCommand(CaseId caseId, ActionId actionId, InformationId informationId, Actor actor) {
            return new RefuseConsent(caseId, actionId, informationId, actor, reason);
        }
    }
}
