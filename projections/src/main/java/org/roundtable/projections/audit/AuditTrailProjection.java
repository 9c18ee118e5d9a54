package org.roundtable.projections.audit;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.AgendaItemId;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationEvent;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sharing.ItemFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.core.sharing.SharingLevel;
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
        return ReadModel.inline(NAME, List.of("audit_trail", "audit_trail_information"),
                new AuditTrailProjection(jdbc, eventSerializer));
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
            @MetaDataValue(ACTOR_PARTNER) String actorPartner, @MetaDataValue(CORRELATION_ID) String correlationId,
            @MetaDataValue(DecidedIn.SESSION) @Nullable String decidedInSession,
            @MetaDataValue(DecidedIn.ITEM) @Nullable String decidedAtItem) {
        String payload = serializer.serialize(event, String.class).getData();
        ItemFacts source = event instanceof InformationEvent item ? source(item) : null;
        boolean hidden = source != null && source.sourceProtected();
        jdbc.sql("""
                        insert into audit_trail (case_id, sequence_number, event_identifier, event_type, description,
                            actor_person, actor_partner, occurred_at, correlation_id, decided_in_session,
                            decided_at_item, payload, information_id,
                            source_partner, source_level, source_protected, description_without_source,
                            payload_without_source)
                        select :caseId, :sequence, :eventIdentifier, :eventType, :description,
                            :actorPerson, :actorPartner, :occurredAt, :correlationId, :decidedInSession,
                            :decidedAtItem, :payload, :informationId,
                            :sourcePartner, :sourceLevel, :sourceProtected, :descriptionWithoutSource,
                            :payloadWithoutSource
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
                .param("decidedInSession", decidedInSession == null ? null : UUID.fromString(decidedInSession))
                .param("decidedAtItem", decidedAtItem == null ? null : UUID.fromString(decidedAtItem))
                .param("payload", payload)
                .param("informationId", event instanceof InformationEvent item ? item.informationId().value() : null)
                .param("sourcePartner", source == null ? null : source.owner().value())
                .param("sourceLevel", source == null ? null : source.level().name())
                .param("sourceProtected", hidden)
                .param("descriptionWithoutSource", hidden ? WithoutSource.description((InformationEvent) event) : null)
                .param("payloadWithoutSource", hidden ? WithoutSource.payload(payload, (InformationEvent) event) : null)
                .update();
    }

    /**
     * Whose the item is, at which level, and whether its source is protected: from the event that shared it,
     * which the trail remembers for the events that follow.
     */
    private ItemFacts source(InformationEvent event) {
        if (event instanceof InformationShared shared) {
            jdbc.sql("""
                            insert into audit_trail_information (information_id, case_id, owner_partner, sharing_level,
                                source_protected)
                            select :informationId, :caseId, :owner, :level, :sourceProtected
                            where not exists (select 1 from audit_trail_information where information_id = :informationId)""")
                    .param("informationId", shared.informationId().value())
                    .param("caseId", shared.caseId().value())
                    .param("owner", shared.owner().value())
                    .param("level", shared.level().name())
                    .param("sourceProtected", shared.sourceProtected())
                    .update();
            return new ItemFacts(shared.owner(), shared.level(), shared.sourceProtected());
        }
        return jdbc.sql("select * from audit_trail_information where information_id = :informationId")
                .param("informationId", event.informationId().value())
                .query((rs, row) -> new ItemFacts(new PartnerId(rs.getString("owner_partner")),
                        SharingLevel.valueOf(rs.getString("sharing_level")), rs.getBoolean("source_protected")))
                .optional()
                // An item the trail never saw shared: treat its source as protected, never as public.
                .orElseGet(() -> new ItemFacts(event.owner(), SharingLevel.RED, true));
    }

    /**
     * The trail for a reader who may read trails ({@link NeedToKnow#readsAuditTrail}): each event about a
     * source-protected item is given in the rendering without its source, and without who acted, unless the
     * reader may know the source.
     */
    @QueryHandler
    List<AuditEntry> handle(FindAuditTrail query) {
        Reader reader = query.reader();
        if (!NeedToKnow.readsAuditTrail(reader)) {
            throw new NotAllowed("not-a-reviewer",
                    "only the chair and compliance reviewers read a case's audit trail");
        }
        return jdbc.sql("select * from audit_trail where case_id = :caseId order by sequence_number")
                .param("caseId", query.caseId().value())
                .query((rs, row) -> {
                    boolean hidden = rs.getBoolean("source_protected") && !NeedToKnow.seesSource(reader,
                            new ItemFacts(new PartnerId(rs.getString("source_partner")),
                                    SharingLevel.valueOf(rs.getString("source_level")), true));
                    return new AuditEntry(
                            new CaseId(rs.getObject("case_id", UUID.class)),
                            rs.getLong("sequence_number"),
                            rs.getString("event_identifier"),
                            rs.getString("event_type"),
                            rs.getString(hidden ? "description_without_source" : "description"),
                            hidden ? null : person(rs.getString("actor_person")),
                            hidden ? null : partner(rs.getString("actor_partner")),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getString("correlation_id"),
                            rs.getObject("decided_in_session", UUID.class) == null ? null
                                    : new SessionId(rs.getObject("decided_in_session", UUID.class)),
                            rs.getObject("decided_at_item", UUID.class) == null ? null
                                    : new AgendaItemId(rs.getObject("decided_at_item", UUID.class)),
                            rs.getString(hidden ? "payload_without_source" : "payload"),
                            rs.getObject("information_id", UUID.class) == null ? null
                                    : new InformationId(rs.getObject("information_id", UUID.class)),
                            hidden);
                })
                .list();
    }

    private static PersonId person(String value) {
        return value == null ? null : new PersonId(value);
    }

    private static PartnerId partner(String value) {
        return value == null ? null : new PartnerId(value);
    }
}
