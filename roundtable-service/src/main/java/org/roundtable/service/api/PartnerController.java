package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.people.AddRepresentative;
import org.roundtable.core.people.AgreeCharter;
import org.roundtable.core.people.LeaveRoundTable;
import org.roundtable.core.people.RegisterPartner;
import org.roundtable.core.people.RemoveRepresentative;
import org.roundtable.projections.directory.FindPartner;
import org.roundtable.projections.directory.FindPartners;
import org.roundtable.projections.directory.PartnerSummary;
import org.roundtable.service.identity.Administrators;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The partners of the round table, for administrators: registering one, its charter, its representatives,
 * its leaving; the list of partners and one partner.
 */
@RestController
@Tag(name = ApiDocumentation.ADMINISTRATION)
@RequestMapping("/api/partners")
class PartnerController {

    private final Commands commands;
    private final QueryGateway queries;

    PartnerController(Commands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The answer to registering a partner: the code it is known by. */
    record PartnerCreated(PartnerId partnerId) { }

    @Operation(operationId = "registerPartner", summary = "Register a partner",
            description = """
                    An administrator registers an organisation as a partner of the round table: the code cases name \
                    it by (`police`, `youth-work`), its name and its sector. A code is registered once; a partner \
                    that leaves keeps it.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PartnerCreated> register(Actor actor, @Valid @RequestBody RegisterPartnerRequest request) {
        PartnerId partnerId = request.partnerId();
        return commands.sendNew(new RegisterPartner(partnerId, request.name(), request.sector(), actor),
                ResponseEntity.created(UriComponentsBuilder.fromPath("/api/partners/{partnerId}").build(partnerId.value()))
                        .body(new PartnerCreated(partnerId)),
                new RuleViolation("partner-already-registered", "a partner is registered under this code already"));
    }

    @Operation(operationId = "agreeCharter", summary = "Record a partner's agreement to the charter",
            description = """
                    An administrator records that a partner has agreed to a version of the round table's charter \
                    (1 to 50 characters, such as `2026-1`). The partner must not have left.""")
    @PostMapping("/{partnerId}/charter")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> agreeCharter(@PathVariable PartnerId partnerId, Actor actor,
                                      @Valid @RequestBody AgreeCharterRequest request) {
        return commands.send(new AgreeCharter(partnerId, request.charterVersion(), actor),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "addRepresentative", summary = "Name a representative of a partner",
            description = """
                    An administrator names a person, by user name, as one of the people who represent a partner at \
                    the table. The partner must not have left.""")
    @PostMapping("/{partnerId}/representatives")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> addRepresentative(@PathVariable PartnerId partnerId, Actor actor,
                                           @Valid @RequestBody AddRepresentativeRequest request) {
        return commands.send(new AddRepresentative(partnerId, request.person(), actor),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "removeRepresentative", summary = "Take a representative off a partner's list",
            description = """
                    An administrator takes a person off the list of a partner's representatives. Their account \
                    stays as it is.""")
    @PostMapping("/{partnerId}/representatives/{person}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeRepresentative(@PathVariable PartnerId partnerId, @PathVariable PersonId person,
                                              Actor actor) {
        return commands.send(new RemoveRepresentative(partnerId, person, actor), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "leaveRoundTable", summary = "Record that a partner leaves",
            description = """
                    An administrator records that a partner leaves the round table. From then on it cannot be \
                    named the lead, a participant or an assignee in a case, and nothing more changes for it.""")
    @PostMapping("/{partnerId}/leaving")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> leave(@PathVariable PartnerId partnerId, Actor actor) {
        return commands.send(new LeaveRoundTable(partnerId, actor), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "listPartners", summary = "List the partners",
            description = """
                    Every partner ever registered, by code: its name, sector, the charter version it last agreed \
                    to (null before it agrees to one), and whether it still takes part.""")
    @GetMapping
    List<PartnerSummary> list() {
        Administrators.require();
        return queries.query(new FindPartners(), ResponseTypes.multipleInstancesOf(PartnerSummary.class)).join();
    }

    @Operation(operationId = "getPartner", summary = "Read a partner",
            description = """
                    One partner, as in the list.""")
    @GetMapping("/{partnerId}")
    PartnerSummary partner(@PathVariable PartnerId partnerId) {
        Administrators.require();
        return queries.query(new FindPartner(partnerId), ResponseTypes.optionalInstanceOf(PartnerSummary.class))
                .join()
                .orElseThrow(() -> new UnknownItem("unknown-partner", "there is no such partner"));
    }
}
