package org.roundtable.projections.consents;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionEvent;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConsentGranted;
import org.roundtable.core.cases.ConsentRefused;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.SubjectConsentRecorded;
import org.roundtable.core.cases.SubjectInformed;
import org.roundtable.core.cases.SubjectNotInformed;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PARTNER;

/**
 * Keeps the consents of each case and answers {@link FindConsents} and, across cases, {@link FindConsentRequests}.
 * Each event first moves the case row's last applied sequence number forward; only when it did are the event's
 * other rows written, so a replayed event changes nothing. It keeps no free text but refusal reasons and notes, and filters every answer for its reader.
 */
public class ConsentsProjection {

    public static final String NAME = "consents";

    /** The consents, updated in each command's transaction. Child tables first: they are emptied in this order. */
    public static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("consents_subject_informing", "consents_subject_consent",
                "consents_request", "consents_action", "consents_information", "consents_participant", "consents_case"),
                new ConsentsProjection(jdbc));
    }

    private final ConsentsStore store;
    private final ConsentsReader reader;

    ConsentsProjection(JdbcClient jdbc) {
        this.store = new ConsentsStore(jdbc);
        this.reader = new ConsentsReader(jdbc);
    }

    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence) {
        store.insertCase(event.caseId(), event.raisedBy().partner(), sequence);
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addParticipants(event.caseId(), event.participants());
        }
    }

    /** The partner signposted to sees the concern, as a participant does. */
    @EventHandler
    void on(ConcernSignposted event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addParticipants(event.caseId(), Set.of(event.partner()));
        }
    }

    /** Who leads a case changes nothing of its consents. */
    @EventHandler
    void on(LeadChanged event, @SequenceNumber long sequence) {
        store.advance(event.caseId(), sequence);
    }

    @EventHandler
    void on(ParticipantAdded event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addParticipants(event.caseId(), Set.of(event.partner()));
        }
    }

    @EventHandler
    void on(ParticipantRemoved event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.removeParticipant(event.caseId(), event.partner());
        }
    }

    @EventHandler
    void on(InformationShared event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addInformation(event);
        }
    }

    @EventHandler
    void on(InformationWithdrawn event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.markWithdrawn(event.informationId());
        }
    }

    @EventHandler
    void on(ActionAssigned event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.addAction(event);
        }
    }

    /**
     * The owners' consent was asked for the action, not for one assignee: a request already answered stays
     * answered, and names the new assignee as the one relying on the item.
     */
    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequence) {
        if (store.advance(event.caseId(), sequence)) {
            store.reassignAction(event);
        }
    }

    /**
     * The rest of an action's life (accepted, declined, progress noted, due date moved, overdue, completed,
     * cancelled) leaves its consents as the need-to-know rules made them: a consent is about relying on an item.
     */
    @EventHandler
    void on(ActionEvent event) {
        // changes no consent, by decision: see above
    }

    @EventHandler
    void on(ConsentRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.requestConsent(event, sequence, at);
        }
    }

    @EventHandler
    void on(ConsentGranted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.decide(event.actionId(), event.informationId(), ConsentStatus.GRANTED, at, null);
        }
    }

    @EventHandler
    void on(ConsentRefused event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.caseId(), sequence)) {
            store.decide(event.actionId(), event.informationId(), ConsentStatus.REFUSED, at, event.reason());
        }
    }

    @EventHandler
    void on(SubjectConsentRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence)) {
            store.recordSubjectConsent(event, sequence, at, partner);
        }
    }

    @EventHandler
    void on(SubjectInformed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence)) {
            store.recordInformed(event, sequence, at, partner);
        }
    }

    @EventHandler
    void on(SubjectNotInformed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(ACTOR_PARTNER) String partner) {
        if (store.advance(event.caseId(), sequence)) {
            store.recordNotInformed(event, sequence, at, partner);
        }
    }

    @QueryHandler
    Optional<CaseConsents> handle(FindConsents query) {
        return reader.find(query.reader(), query.caseId());
    }

    @QueryHandler
    List<ConsentRequest> handle(FindConsentRequests query) {
        return reader.requests(query);
    }
}
