package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReviewed;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the round table decided at an agenda item, as the minutes say it: the kind (the type of the case event the
 * decision led to, such as {@code LeadChanged} or {@code ActionAssigned}), the partner it names (the new lead, the
 * partner added or removed, the action's assignee), the partners taking part when a case was opened, a day (a
 * review's, an action's due date), a structured detail (the reason a case was closed) and free text (an action's
 * description, null once erased). Nothing about shared information: who shared what stays out of the minutes.
 */
public record Decision(String kind, @Nullable PartnerId partner, List<PartnerId> partners, @Nullable LocalDate on,
                       @Nullable String detail, @Nullable String text, Instant decidedAt, @Nullable PersonId decidedBy) {

    public Decision {
        partners = List.copyOf(partners);
    }

    /** The minutes' words for an event a decision led to; every other case event is recorded by its kind alone. */
    static Decision of(CaseEvent event, Instant at, @Nullable PersonId by) {
        String kind = event.getClass().getSimpleName();
        if (event instanceof CaseOpened opened) {
            return new Decision(kind, opened.lead(), List.copyOf(opened.participants()), null, null, null, at, by);
        } else if (event instanceof ConcernReferred referred) {
            return new Decision(kind, null, List.of(), null, null, referred.referredTo(), at, by);
        } else if (event instanceof ConcernSignposted signposted) {
            return new Decision(kind, signposted.partner(), List.of(), null, null, null, at, by);
        } else if (event instanceof LeadChanged changed) {
            return new Decision(kind, changed.lead(), List.of(), null, null, null, at, by);
        } else if (event instanceof ParticipantAdded added) {
            return new Decision(kind, added.partner(), List.of(), null, null, null, at, by);
        } else if (event instanceof ParticipantRemoved removed) {
            return new Decision(kind, removed.partner(), List.of(), null, null, null, at, by);
        } else if (event instanceof CaseClosed closed) {
            return new Decision(kind, null, List.of(), null, closed.reason().name(), null, at, by);
        } else if (event instanceof ReviewScheduled scheduled) {
            return new Decision(kind, null, List.of(), scheduled.dueOn(), null, null, at, by);
        } else if (event instanceof CaseReviewed reviewed) {
            return new Decision(kind, null, List.of(), reviewed.reviewedOn(), null, null, at, by);
        } else if (event instanceof ActionAssigned assigned) {
            return new Decision(kind, assigned.assignee(), List.of(), assigned.dueDate(), null,
                    assigned.description().text(), at, by);
        }
        return new Decision(kind, null, List.of(), null, null, null, at, by);
    }
}
