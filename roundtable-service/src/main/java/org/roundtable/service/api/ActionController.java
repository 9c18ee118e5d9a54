package org.roundtable.service.api;

import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AssignAction;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CompleteAction;
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

/** Actions in a case: assigned to a participating partner, completed by it. */
@RestController
@Tag(name = ApiDocumentation.ACTIONS)
@RequestMapping("/api/cases/{caseId}/actions")
class ActionController {

    private final Commands commands;

    ActionController(Commands commands) {
        this.commands = commands;
    }

    /** The answer to assigning an action: the new action's id. */
    record ActionCreated(ActionId actionId) { }

    @Operation(operationId = "assignAction", summary = "Assign an action",
            description = """
                    The chair assigns an action in an open case to a participating partner: what to do, by when
                    (today or later), and which information items it relies on (at most 100, none withdrawn).""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ActionCreated> assign(@PathVariable UUID caseId, Actor actor,
                                         @Valid @RequestBody AssignActionRequest request,
                        @RequestParam(name = AtTheTable.SESSION, required = false)
                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                        @RequestParam(name = AtTheTable.ITEM, required = false)
                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        ActionId actionId = ActionId.random();
        return commands.send(new AssignAction(new CaseId(caseId), actionId, actor, request.assignee(),
                        request.description(), request.dueDate(), request.reliesOn()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.created(URI.create("/api/cases/" + caseId + "/actions/" + actionId))
                        .body(new ActionCreated(actionId)));
    }

    @Operation(operationId = "completeAction", summary = "Complete an action",
            description = """
                    The partner an action is assigned to reports it done, with its outcome; no other partner may.""")
    @PostMapping("/{actionId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> complete(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                  @Valid @RequestBody CompleteActionRequest request) {
        return commands.send(new CompleteAction(new CaseId(caseId), new ActionId(actionId), actor, request.outcome()),
                ResponseEntity.noContent().build());
    }
}
