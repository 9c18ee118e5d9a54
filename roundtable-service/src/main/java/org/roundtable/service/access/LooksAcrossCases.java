package org.roundtable.service.access;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.sharing.Reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a look at a list across cases as the look at each case it returned data of, with that case's items, so
 * that a case's disclosures count it; a list that returned nothing is recorded once, without a case.
 */
public final class LooksAcrossCases {

    private LooksAcrossCases() {
    }

    /** Something of a case that a list returned, and the information item it named, if any. */
    public record Shown(CaseId caseId, @Nullable InformationId item) { }

    public static void record(AccessLog accessLog, Reader reader, Look look, String purpose, List<Shown> shown) {
        if (shown.isEmpty()) {
            accessLog.shown(reader, look, null, purpose, List.of());
            return;
        }
        Map<CaseId, List<InformationId>> byCase = new LinkedHashMap<>();
        for (Shown one : shown) {
            List<InformationId> items = byCase.computeIfAbsent(one.caseId(), id -> new ArrayList<>());
            if (one.item() != null && !items.contains(one.item())) {
                items.add(one.item());
            }
        }
        byCase.forEach((caseId, items) -> accessLog.shown(reader, look, caseId, purpose, items));
    }
}
