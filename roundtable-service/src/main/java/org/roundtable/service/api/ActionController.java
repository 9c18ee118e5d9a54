package org.roundtable.service.api;

import jakarta.validation.Valid;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AssignAction;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CompleteAction;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Actions in a case: assigned to a participating partner, completed by it. */
@RestController
@RequestMapping("/api/cases/{caseId}/actions")
class ActionController {

    private final Commands commands;

    ActionController(Commands commands) {
        this.commands = commands;
    }

    /** The answer to assigning an action: the new action's id. */
    record ActionCreated(ActionId actionId) { }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ActionCreated> assign(@PathVariable UUID caseId, Actor actor,
                                         @Valid @RequestBody AssignActionRequest request) {
        ActionId actionId = ActionId.random();
        Set<InformationId> reliesOn = request.reliesOn() == null ? Set.of()
                : request.reliesOn().stream().map(InformationId::new).collect(Collectors.toSet());
        commands.send(new AssignAction(new CaseId(caseId), actionId, actor, PartnerId.of(request.assignee()),
                PersonalText.of(request.description()), request.dueDate(), reliesOn));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/actions/" + actionId))
                .body(new ActionCreated(actionId));
    }

    @PostMapping("/{actionId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> complete(@PathVariable UUID caseId, @PathVariable UUID actionId, Actor actor,
                                  @Valid @RequestBody CompleteActionRequest request) {
        commands.send(new CompleteAction(new CaseId(caseId), new ActionId(actionId), actor,
                PersonalText.of(request.outcome())));
        return ResponseEntity.noContent().build();
    }
}
