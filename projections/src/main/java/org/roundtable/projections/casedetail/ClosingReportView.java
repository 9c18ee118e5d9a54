package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ExitCriteria;

/** The report the chair wrote when the case closed: the outcome (null once erased) and whether the exit criteria were met. */
public record ClosingReportView(@Nullable String outcome, ExitCriteria exitCriteria) {
}
