package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.roundtable.core.cases.AcceptAction;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CancelAction;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.ChangeActionDueDate;
import org.roundtable.core.cases.DeclineAction;
import org.roundtable.core.cases.ReassignAction;
import org.roundtable.core.cases.RecordActionProgress;
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

/**
 * The life of an action after it was assigned: the assignee accepts or declines it and notes its progress; the
 * chair cancels it, hands it to another partner or moves its due date. Each is a case command, sent once per
 * {@code Idempotency-Key}.
 */
@RestController
@Tag(name = ApiDocumentation.ACTIONS)
@RequestMapping("/api/cases/{caseId}/actions/{actionId}")
class ActionLifeController {

    private final Commands commands;

    ActionLifeController(Commands commands) {
        this.commands = commands;
    }

    @Operation(operationId = "acceptAction", summary = "Accept an action",
            description = "The partner an action is assigned to takes it on, while it has not answered yet.")
    @PostMapping("/acceptance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> accept(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor) {
        return commands.send(new AcceptAction(new CaseId(caseId), new ActionId(actionId), actor),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "declineAction", summary = "Decline an action",
            description = """
                    The partner an action is assigned to declines it, while it has not answered yet, and says why;
                    the chair may then reassign or cancel it.""")
    @PostMapping("/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> decline(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                 @Valid @RequestBody DeclineActionRequest request) {
        return commands.send(new DeclineAction(new CaseId(caseId), new ActionId(actionId), actor, request.reason()),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "recordActionProgress", summary = "Note an action's progress",
            description = "The partner an action is assigned to notes how it is going, while it is open.")
    @PostMapping("/progress")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> progress(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                  @Valid @RequestBody ActionProgressRequest request) {
        return commands.send(new RecordActionProgress(new CaseId(caseId), new ActionId(actionId), actor, request.note()),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "cancelAction", summary = "Cancel an action",
            description = "The chair calls off an action not yet completed or cancelled, and says why.")
    @PostMapping("/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> cancel(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                @Valid @RequestBody CancelActionRequest request) {
        return commands.send(new CancelAction(new CaseId(caseId), new ActionId(actionId), actor, request.reason()),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "reassignAction", summary = "Reassign an action",
            description = """
                    The chair hands an action not yet completed or cancelled, in an open case, to another partner
                    taking part, and says why; the new assignee has still to accept it.""")
    @PostMapping("/reassignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reassign(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                  @Valid @RequestBody ReassignActionRequest request) {
        return commands.send(new ReassignAction(new CaseId(caseId), new ActionId(actionId), actor, request.assignee(),
                request.reason()), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "changeActionDueDate", summary = "Move an action's due date",
            description = """
                    The chair moves an open action's due date to another day, today or later, and says why; the
                    action's deadline moves with it.""")
    @PostMapping("/due-date")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> moveDueDate(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                     @Valid @RequestBody ChangeDueDateRequest request) {
        return commands.send(new ChangeActionDueDate(new CaseId(caseId), new ActionId(actionId), actor,
                request.dueDate(), request.reason()), ResponseEntity.noContent().build());
    }
}
