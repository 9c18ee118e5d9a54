package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.ActionOverview;
import org.roundtable.projections.casedetail.ActionStatus;
import org.roundtable.projections.casedetail.FindActions;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The actions across cases that a reader may see: a partner's work list, the chair's overview. */
@RestController
@Tag(name = ApiDocumentation.ACTIONS)
class ActionListController {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    ActionListController(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Operation(operationId = "listActions", summary = "List actions across cases",
            description = """
                    The actions of every case whose file the reader may see (the chair and compliance reviewers: every
                    case; a partner's representative: the cases their partner takes part in; others: none), the
                    earliest due first, narrowed by any of the filters. An action is `overdue` when its due date is
                    before today, in the service's time zone, and it is still `ASSIGNED`. The look is recorded in the
                    access log once for each case whose actions it returned.""")
    @GetMapping("/api/actions")
    List<ActionOverview> list(Reader reader,
                              @Parameter(description = "only the actions assigned to this partner")
                              @RequestParam(required = false) @Nullable PartnerId assignee,
                              @Parameter(description = "only the actions of this case")
                              @RequestParam(required = false) @Nullable UUID caseId,
                              @Parameter(description = "only the actions that stand so")
                              @RequestParam(required = false) @Nullable ActionStatus status,
                              @Parameter(description = "only the overdue actions (`true`), or only those that are not (`false`)")
                              @RequestParam(required = false) @Nullable Boolean overdue,
                              @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                                      maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                              @RequestParam(required = false) @Nullable String purpose) {
        String why = accessLog.purpose(reader, purpose);
        FindActions query = FindActions.all(reader, LocalDate.now(clock)).assignedTo(assignee)
                .inCase(caseId == null ? null : new CaseId(caseId)).withStatus(status).overdue(overdue);
        List<ActionOverview> actions = queries.query(query, ResponseTypes.multipleInstancesOf(ActionOverview.class)).join();
        LooksAcrossCases.record(accessLog, reader, Look.ACTIONS, why,
                actions.stream().map(action -> new LooksAcrossCases.Shown(action.caseId(), null)).toList());
        return actions;
    }
}
