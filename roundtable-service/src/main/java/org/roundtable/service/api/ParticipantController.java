package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.AddParticipant;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ChangeLead;
import org.roundtable.core.cases.RemoveParticipant;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Who takes part in an open case and who leads it: decisions the round table usually takes at a session's table. */
@RestController
@Tag(name = ApiDocumentation.CASES)
@RequestMapping("/api/cases/{caseId}")
class ParticipantController {

    private final Commands commands;

    ParticipantController(Commands commands) {
        this.commands = commands;
    }

    @Operation(operationId = "changeLead", summary = "Hand a case's lead to another partner",
            description = """
                    The chair hands the lead of an open case to another partner that takes part in it (add the partner
                    first). Given with `decidedInSession` and `decidedAtItem`, the change is recorded as decided at that
                    session's table.""")
    @PostMapping("/lead")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changeLead(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ChangeLeadRequest request,
                                    @RequestParam(name = AtTheTable.SESSION, required = false)
                                    @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                                    @RequestParam(name = AtTheTable.ITEM, required = false)
                                    @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new ChangeLead(new CaseId(caseId), actor, request.lead()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "addParticipant", summary = "Bring a partner into a case",
            description = """
                    The chair brings a partner of the round table into an open case: from now on it sees the case as
                    every participant does, and actions may be assigned to it.""")
    @PostMapping("/participants")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> addParticipant(@PathVariable UUID caseId, Actor actor,
                                        @Valid @RequestBody AddParticipantRequest request,
                                        @RequestParam(name = AtTheTable.SESSION, required = false)
                                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                                        @RequestParam(name = AtTheTable.ITEM, required = false)
                                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new AddParticipant(new CaseId(caseId), actor, request.partner()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "removeParticipant", summary = "Take a partner out of a case",
            description = """
                    The chair takes a partner out of an open case, with the reason. It must not lead the case, have an
                    open action in it, or still have to decide on consent to rely on its information. From then on it
                    sees the case no more than a partner that takes no part; the information it shared stays in the
                    case, still its own.""")
    @PostMapping("/participants/{partnerId}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeParticipant(@PathVariable UUID caseId, @PathVariable String partnerId, Actor actor,
                                           @Valid @RequestBody RemoveParticipantRequest request,
                                           @RequestParam(name = AtTheTable.SESSION, required = false)
                                           @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                                           @RequestParam(name = AtTheTable.ITEM, required = false)
                                           @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new RemoveParticipant(new CaseId(caseId), actor, PartnerId.of(partnerId), request.reason()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }
}
