package org.roundtable.service.support;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.PostClosureReviewDue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review after closing whose day has come: a case can only be closed with reviews after today, and their deadline
 * fires on that day, so the test appends the event the deadline records then, after the case's last event. (The
 * deadline itself is met in {@code ReviewsAfterClosingInTheBrowserTest}, with the service restarted months on.)
 */
public final class ReviewsFallenDue {

    private ReviewsFallenDue() {
    }

    /** Records the case's review after closing planned for that day as due, as its deadline does on the day. */
    public static void postClosureReviewDue(EventStore eventStore, String caseId, LocalDate day) {
        long next = eventStore.lastSequenceNumberFor(caseId).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("Case", caseId, next,
                new PostClosureReviewDue(new CaseId(UUID.fromString(caseId)), day)));
    }
}
