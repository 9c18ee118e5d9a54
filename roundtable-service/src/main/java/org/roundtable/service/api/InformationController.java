package org.roundtable.service.api;

import jakarta.validation.Valid;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.ShareInformation;
import org.roundtable.core.cases.WithdrawInformation;
import org.roundtable.core.common.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Information in a case: a partner shares it, and only that partner may withdraw it. */
@RestController
@Tag(name = ApiDocumentation.INFORMATION)
@RequestMapping("/api/cases/{caseId}/information")
class InformationController {

    private final Commands commands;

    InformationController(Commands commands) {
        this.commands = commands;
    }

    /** The answer to sharing information: the new item's id. */
    record InformationCreated(InformationId informationId) { }

    @Operation(operationId = "shareInformation", summary = "Share information in a case",
            description = """
                    A partner taking part in an open case shares what it knows. It stays the owner of the item. `level`
                    (Traffic Light Protocol) says how far it may travel; `sourceProtected` hides who brought it from the
                    other partners.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InformationCreated> share(@PathVariable UUID caseId, Actor actor,
                                             @Valid @RequestBody ShareInformationRequest request) {
        InformationId informationId = InformationId.random();
        return commands.send(new ShareInformation(new CaseId(caseId), informationId, actor, request.content(),
                        request.level(), request.protectSource()),
                ResponseEntity.created(URI.create("/api/cases/" + caseId + "/information/" + informationId))
                        .body(new InformationCreated(informationId)));
    }

    @Operation(operationId = "withdrawInformation", summary = "Withdraw information",
            description = """
                    The partner that shared an item withdraws it, with an optional reason; no other partner may.
                    Actions can no longer rely on it.""")
    @PostMapping("/{informationId}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> withdraw(@PathVariable UUID caseId, @PathVariable UUID informationId, Actor actor,
                                  @Valid @RequestBody(required = false) WithdrawInformationRequest request) {
        return commands.send(new WithdrawInformation(new CaseId(caseId), new InformationId(informationId), actor,
                        request == null ? null : request.reason()),
                ResponseEntity.noContent().build());
    }
}
