package org.roundtable.projections.audit;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PARTNER;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/**
 * Keeps the audit trail, one row per event of a case, and answers {@link FindAuditTrail}. The payload is
 * written with the serializer the event store uses, so the trail shows the event as it was stored.
 */
public class AuditTrailProjection {

    public static final String NAME = "audit-trail";

    /** The audit trail, updated in each command's transaction; the payload is written with the event store's serializer. */
    public static ReadModel readModel(JdbcClient jdbc, Serializer eventSerializer) {
        return ReadModel.inline(NAME, List.of("audit_trail"), new AuditTrailProjection(jdbc, eventSerializer));
    }

    /** The metadata key under which Axon's correlation data provider names the originating request. */
    public static final String CORRELATION_ID = "correlationId";

    private final JdbcClient jdbc;
    private final Serializer serializer;

    AuditTrailProjection(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @MessageIdentifier String eventIdentifier,
            @Timestamp Instant occurredAt, @MetaDataValue(ACTOR_PERSON) String actorPerson,
            @MetaDataValue(ACTOR_PARTNER) String actorPartner, @MetaDataValue(CORRELATION_ID) String correlationId) {
        jdbc.sql("""
                        insert into audit_trail (case_id, sequence_number, event_identifier, event_type, description,
                            actor_person, actor_partner, occurred_at, correlation_id, payload)
                        select :caseId, :sequence, :eventIdentifier, :eventType, :description,
                            :actorPerson, :actorPartner, :occurredAt, :correlationId, :payload
                        where not exists (select 1 from audit_trail
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("eventIdentifier", eventIdentifier)
                .param("eventType", event.getClass().getSimpleName())
                .param("description", AuditDescriptions.describe(event))
                .param("actorPerson", actorPerson)
                .param("actorPartner", actorPartner)
                .param("occurredAt", occurredAt.atOffset(ZoneOffset.UTC))
                .param("correlationId", correlationId)
                .param("payload", serializer.serialize(event, String.class).getData())
                .update();
    }

    @QueryHandler
    List<AuditEntry> handle(FindAuditTrail query) {
        return jdbc.sql("select * from audit_trail where case_id = :caseId order by sequence_number")
                .param("caseId", query.caseId().value())
                .query((rs, row) -> new AuditEntry(
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getLong("sequence_number"),
                        rs.getString("event_identifier"),
                        rs.getString("event_type"),
                        rs.getString("description"),
                        rs.getString("actor_person") == null ? null : new PersonId(rs.getString("actor_person")),
                        rs.getString("actor_partner") == null ? null : new PartnerId(rs.getString("actor_partner")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("correlation_id"),
                        rs.getString("payload")))
                .list();
    }
}
