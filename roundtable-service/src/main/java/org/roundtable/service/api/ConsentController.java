package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.RecordSubjectConsent;
import org.roundtable.core.common.Actor;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.consents.CaseConsents;
import org.roundtable.projections.consents.FindConsents;
import org.roundtable.projections.consents.OwnerConsent;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Consent in a case: the owners' consent to actions that rely on their information, the subject's consent and
 * whether they were informed, and the view of all of it that a reader may see.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class ConsentController {

    private final Commands commands;
    private final QueryGateway queries;
    private final AccessLog accessLog;

    ConsentController(Commands commands, QueryGateway queries, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @Operation(operationId = "getConsents", summary = "Read a case's consents",
            description = """
                    The consent asked of owners for actions that rely on their information, each with its decision, and
                    the subject's consent and informing, in the order they happened. For the chair and the partners that
                    take part in the case, and for compliance reviewers; anyone else is answered `unknown-case`. An item
                    (and whether it was withdrawn since) is shown only to those who may read it, its owner only to those
                    who may also know its source (otherwise `null`: "a partner"), and a refusal's reason only to the
                    chair and the owner. Each look is recorded in the access log, with the items it named, before the
                    answer is sent.""")
    @Tag(name = ApiDocumentation.CASES)
    @GetMapping("/consents")
    CaseConsents consents(@PathVariable UUID caseId, Reader reader,
                          @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                                  maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                          @RequestParam(required = false) @Nullable String purpose) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose);
        Optional<CaseConsents> consents = queries.query(new FindConsents(reader, id),
                ResponseTypes.optionalInstanceOf(CaseConsents.class)).join();
        if (consents.isEmpty()) {
            accessLog.refused(reader, Look.CONSENTS, id, why);
            throw new CaseNotFound();
        }
        accessLog.shown(reader, Look.CONSENTS, id, why, consents.get().owners().stream()
                .map(OwnerConsent::informationId).filter(Objects::nonNull).distinct().toList());
        return consents.get();
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

    @Operation(operationId = "recordSubjectConsent", summary = "Record the subject's consent",
            description = """
                    The chair or a representative of a participating partner records that the subject, a parent or a
                    guardian gave, refused or withdrew consent, and on which day (today or before). The case must have
                    been opened; it may be closed since. Each record is kept; the latest says where consent stands.""")
    @Tag(name = ApiDocumentation.CASES)
    @PostMapping("/subject/consent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordSubjectConsent(@PathVariable UUID caseId, Actor actor,
                                              @Valid @RequestBody SubjectConsentRequest request) {
        return commands.send(new RecordSubjectConsent(new CaseId(caseId), actor, request.decision(), request.by(),
                request.on()), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "recordSubjectInforming", summary = "Record whether the subject was informed",
            description = """
                    The chair or a representative of a participating partner records that the subject (or a parent) was
                    told of the case on a day (today or before), or that they are not told, for a reason and with an
                    optional note. `outcome` says which. The case must have been opened; it may be closed since.""")
    @Tag(name = ApiDocumentation.CASES)
    @PostMapping("/subject/informing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordSubjectInforming(@PathVariable UUID caseId, Actor actor,
                                                @Valid @RequestBody SubjectInformingRequest request) {
        return commands.send(request.toCommand(new CaseId(caseId), actor), ResponseEntity.noContent().build());
    }
}
