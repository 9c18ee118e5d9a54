package org.roundtable.service.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The case as a reader may see it, for a page whose form shows part of it (assigning an action, who takes part):
 * recorded in the access log as a look at the case file, with the information items the form shows, or as a
 * refused look when the reader may not know the case (the page then answers "not found").
 */
@Component
class CaseFileLook {

    private final QueryGateway queries;
    private final AccessLog accessLog;

    CaseFileLook(QueryGateway queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    Optional<CaseDetail> shown(Reader reader, CaseId caseId, Function<CaseDetail, List<InformationId>> itemsShown) {
        String why = accessLog.purpose(reader, null);
        Optional<CaseDetail> found = queries.query(new FindCaseDetail(reader, caseId),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (found.isEmpty()) {
            accessLog.refused(reader, Look.CASE_FILE, caseId, why);
        } else {
            accessLog.shown(reader, Look.CASE_FILE, caseId, why, itemsShown.apply(found.get()));
        }
        return found;
    }
}
