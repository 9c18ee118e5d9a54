package org.roundtable.service.support;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An action assigned some time ago whose due date has passed since: the API refuses a due date before today, so
 * the test appends the event the chair's command would have stored back then, after the case's last event.
 */
public final class PastActions {

    private PastActions() {
    }

    /** Appends an action of the case, due on a day before today, assigned by the chair; returns its id. */
    public static String assignedLongAgo(EventStore eventStore, String caseId, String assignee, String description,
                                         LocalDate due) {
        ActionId actionId = ActionId.random();
        long next = eventStore.lastSequenceNumberFor(caseId).map(last -> last + 1).orElse(0L);
        MetaData actor = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, "chris")
                .and(ActorCorrelationDataProvider.ACTOR_PARTNER, "city");
        eventStore.publish(new GenericDomainEventMessage<>("Case", caseId, next,
                new ActionAssigned(new CaseId(UUID.fromString(caseId)), actionId, PartnerId.of(assignee),
                        PersonalText.of(description), due, Set.of()), actor));
        return actionId.value().toString();
    }
}
