package org.roundtable.service.api;

import jakarta.validation.Valid;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CloseCase;
import org.roundtable.core.cases.RaiseConcern;
import org.roundtable.core.cases.ReopenCase;
import org.roundtable.core.cases.ScreenConcern;
import org.roundtable.core.common.Actor;
import org.roundtable.service.storage.CaseNumbers;
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

/** Cases: raising a concern, screening it, closing and reopening the case. Reading them: {@link CaseFileController}. */
@RestController
@Tag(name = ApiDocumentation.CASES)
@RequestMapping("/api/cases")
class CaseController {

    private final Commands commands;
    private final CaseNumbers caseNumbers;

    CaseController(Commands commands, CaseNumbers caseNumbers) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
    }

    /** The answer to raising a concern: the new case's id and the number people use for it. */
    record CaseCreated(CaseId caseId, CaseNumber caseNumber) { }

    @Operation(operationId = "raiseConcern", summary = "Raise a concern",
            description = """
                    A partner raises a concern about a young person: who (a name, and a date of birth or an age band),
                    what, how urgent, of which kind. It becomes a case in status `RAISED`, with a number people use for it,
                    waiting for the chair's screening.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseCreated> raiseConcern(Actor actor, @Valid @RequestBody RaiseConcernRequest request) {
        CaseId caseId = CaseId.random();
        CaseNumber number = caseNumbers.next();
        return commands.send(new RaiseConcern(caseId, number, actor, request.subject(), request.summary(),
                        request.urgency(), request.category()),
                ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new CaseCreated(caseId, number)));
    }

    @Operation(operationId = "screenConcern", summary = "Screen a concern",
            description = """
                    The chair decides what becomes of a raised concern, once: open a case (with a lead partner and the
                    partners that take part), refer it to another service, or dismiss it. `decision` says which.""")
    @PostMapping("/{caseId}/screening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> screen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ScreeningRequest request) {
        return commands.send(new ScreenConcern(new CaseId(caseId), actor, request.toDecision()),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "closeCase", summary = "Close a case",
            description = """
                    The round table ends its work on an open case, for a reason and with an optional note. Open actions
                    stay as they are.""")
    @PostMapping("/{caseId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> close(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody CloseCaseRequest request) {
        return commands.send(new CloseCase(new CaseId(caseId), actor, request.reason(), request.note()),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "reopenCase", summary = "Reopen a case",
            description = """
                    A closed case is opened again, with the reason.""")
    @PostMapping("/{caseId}/reopening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reopen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ReopenCaseRequest request) {
        return commands.send(new ReopenCase(new CaseId(caseId), actor, request.reason()),
                ResponseEntity.noContent().build());
    }
}
