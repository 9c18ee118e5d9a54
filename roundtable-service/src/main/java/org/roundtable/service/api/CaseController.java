package org.roundtable.service.api;

import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CloseCase;
import org.roundtable.core.cases.RaiseConcern;
import org.roundtable.core.cases.ReopenCase;
import org.roundtable.core.cases.ScreenConcern;
import org.roundtable.core.common.Actor;
import org.roundtable.projections.audit.AuditEntry;
import org.roundtable.projections.audit.FindAuditTrail;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.service.storage.CaseNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Cases: raising a concern, screening it, closing and reopening the case; the case list, one case, its audit trail. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final Commands commands;
    private final QueryGateway queries;
    private final CaseNumbers caseNumbers;

    CaseController(Commands commands, QueryGateway queries, CaseNumbers caseNumbers) {
        this.commands = commands;
        this.queries = queries;
        this.caseNumbers = caseNumbers;
    }

    /** The answer to raising a concern: the new case's id and the number people use for it. */
    record CaseCreated(CaseId caseId, CaseNumber caseNumber) { }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseCreated> raiseConcern(Actor actor, @Valid @RequestBody RaiseConcernRequest request) {
        CaseId caseId = CaseId.random();
        CaseNumber number = caseNumbers.next();
        return commands.send(new RaiseConcern(caseId, number, actor, request.subject(), request.summary(),
                        request.urgency(), request.category()),
                ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new CaseCreated(caseId, number)));
    }

    @PostMapping("/{caseId}/screening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> screen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ScreeningRequest request) {
        return commands.send(new ScreenConcern(new CaseId(caseId), actor, request.toDecision()),
                ResponseEntity.noContent().build());
    }

    @PostMapping("/{caseId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> close(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody CloseCaseRequest request) {
        return commands.send(new CloseCase(new CaseId(caseId), actor, request.reason(), request.note()),
                ResponseEntity.noContent().build());
    }

    @PostMapping("/{caseId}/reopening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reopen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ReopenCaseRequest request) {
        return commands.send(new ReopenCase(new CaseId(caseId), actor, request.reason()),
                ResponseEntity.noContent().build());
    }

    @GetMapping
    List<CaseSummary> list() {
        return queries.query(FindCases.all(), ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
    }

    @GetMapping("/{caseId}")
    CaseDetail detail(@PathVariable UUID caseId) {
        return queries.query(new FindCaseDetail(new CaseId(caseId)), ResponseTypes.optionalInstanceOf(CaseDetail.class))
                .join()
                .orElseThrow(CaseNotFound::new);
    }

    @GetMapping("/{caseId}/audit")
    List<AuditEntry> audit(@PathVariable UUID caseId) {
        List<AuditEntry> trail = queries.query(new FindAuditTrail(new CaseId(caseId)),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        if (trail.isEmpty()) {
            throw new CaseNotFound();
        }
        return trail;
    }
}
