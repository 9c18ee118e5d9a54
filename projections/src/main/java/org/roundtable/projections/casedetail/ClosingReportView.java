package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ExitCriteria;

/**
 * The report the chair wrote when the case closed: the outcome (null once erased) and whether the exit criteria were
 * met. Both are null while the case is not closed, or was closed before closing reports.
 */
public record ClosingReportView(@Nullable String outcome, @Nullable ExitCriteria exitCriteria) {

    /** No closing report. */
    public static final ClosingReportView NONE = new ClosingReportView(null, null);

    public boolean written() {
        return exitCriteria != null;
    }
}
