package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.consents.ConsentRequest;
import org.roundtable.projections.consents.ConsentStatus;
import org.roundtable.projections.consents.FindConsentRequests;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.LooksAcrossCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The owners' consent requests across cases that a reader may see: what waits for a partner, what was refused. */
@RestController
@Tag(name = ApiDocumentation.ACTIONS)
class ConsentRequestController {

    private final QueryGateway queries;
    private final AccessLog accessLog;

    ConsentRequestController(QueryGateway queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @Operation(operationId = "listConsentRequests", summary = "List consent requests across cases",
            description = """
                    The consent asked of owners for actions that rely on their information, in every case whose consents
                    the reader may see, oldest first, each with its case and shown exactly as in that case's consents
                    (an item, its owner and a refusal's reason only to those who may see them). `status=PENDING` with
                    `owner` set to the reader's own partner lists what waits for them; a request whose owner the reader
                    may not know never matches `owner`. The look is recorded in the access log once for each case it
                    returned requests of, with the items it named.""")
    @GetMapping("/api/consent-requests")
    List<ConsentRequest> list(Reader reader,
                              @Parameter(description = "only the requests that stand so")
                              @RequestParam(required = false) @Nullable ConsentStatus status,
                              @Parameter(description = "only the requests asked of this partner")
                              @RequestParam(required = false) @Nullable PartnerId owner,
                              @Parameter(description = CaseFileController.PURPOSE, schema = @Schema(minLength = 1,
                                      maxLength = CaseFileController.MAX_PURPOSE, pattern = ApiDocumentation.NOT_BLANK))
                              @RequestParam(required = false) @Nullable String purpose) {
        String why = accessLog.purpose(reader, purpose);
        List<ConsentRequest> requests = queries.query(new FindConsentRequests(reader, status, owner),
                ResponseTypes.multipleInstancesOf(ConsentRequest.class)).join();
        LooksAcrossCases.record(accessLog, reader, Look.CONSENT_REQUESTS, why, requests.stream()
                .map(request -> new LooksAcrossCases.Shown(request.caseId(), request.consent().informationId())).toList());
        return requests;
    }
}
