package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Consent in a case: the owners' consent to actions that rely on their information. */
@RestController
@RequestMapping("/api/cases/{caseId}")
class ConsentController {

    private final Commands commands;

    ConsentController(Commands commands) {
        this.commands = commands;
    }

    @Operation(operationId = "decideConsent", summary = "Grant or refuse consent to rely on information",
            description = """
                    An action that relies on another partner's information waits for that owner's consent: the owner
                    grants it, or refuses it with a reason, once. Only a representative of the owner may; an action is
                    completed only when every owner asked has granted consent.""")
    @Tag(name = ApiDocumentation.ACTIONS)
    @PostMapping("/actions/{actionId}/consents/{informationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> decide(@PathVariable UUID caseId, @PathVariable UUID actionId, @PathVariable UUID informationId,
                                Actor actor, @Valid @RequestBody ConsentDecisionRequest request) {
        return commands.send(request.toCommand(new CaseId(caseId), new ActionId(actionId),
                        new InformationId(informationId), actor),
                ResponseEntity.noContent().build());
    }
}
