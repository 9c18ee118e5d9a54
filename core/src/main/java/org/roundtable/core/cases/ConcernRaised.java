package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;

/**
 * The round table has heard a partner's concern about a subject; screening is next. {@code repeatOf} names the
 * subject's earlier case when it closed less than twelve months before (null otherwise, and in events from before
 * repeats were marked).
 */
public record ConcernRaised(CaseId caseId, CaseNumber caseNumber, Actor raisedBy, SubjectIdentity subject,
                            PersonalText summary, Urgency urgency, ConcernCategory category,
                            @Nullable RepeatOf repeatOf) implements CaseEvent {

    @JsonCreator
    public ConcernRaised {
    }

    /** A concern that repeats no earlier case. */
    public ConcernRaised(CaseId caseId, CaseNumber caseNumber, Actor raisedBy, SubjectIdentity subject,
                         PersonalText summary, Urgency urgency, ConcernCategory category) {
        this(caseId, caseNumber, raisedBy, subject, summary, urgency, category, null);
    }
}
