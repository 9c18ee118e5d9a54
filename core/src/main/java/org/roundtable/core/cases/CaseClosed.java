package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * The round table's work on the case ended, for this reason; the note may be null. The closing report and the
 * reviews planned after closing came later: a case closed before them has a null report and no such reviews.
 */
public record CaseClosed(CaseId caseId, ClosureReason reason, @Nullable PersonalText note,
                         @Nullable ClosingReport report, List<LocalDate> postClosureReviews) implements CaseEvent {

    @JsonCreator
    public CaseClosed {
        postClosureReviews = postClosureReviews == null ? List.of() : List.copyOf(postClosureReviews);
    }

    /** A closing as it was recorded before closing reports: no report, no reviews after closing. */
    public CaseClosed(CaseId caseId, ClosureReason reason, @Nullable PersonalText note) {
        this(caseId, reason, note, null, List.of());
    }
}
