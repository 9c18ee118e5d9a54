package org.roundtable.projections.audit;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;

import java.time.Instant;

/**
 * One event in a case's audit trail: its place in the case's sequence, its identifier and type, a
 * description for people, who caused it and when, the request it belongs to, and the event as JSON.
 * The actor and correlation id are null when the event carried none. The payload is JSON text, written into
 * JSON answers as it is. An event about a piece of information names it ({@code informationId}, null for
 * other events). For a reader who may not know the source of a protected item, an event about that
 * item comes without its source ({@code sourceHidden}): the description and the payload name the owner
 * "a partner", and the actor is null. An event that a decision taken at a session's table led to names that
 * session and agenda item ({@code decidedInSession}, {@code decidedAtItem}; both null for every other event).
 */
public record AuditEntry(CaseId caseId, long sequenceNumber, String eventIdentifier, String eventType,
                         String description, @Nullable PersonId actorPerson, @Nullable PartnerId actorPartner,
                         Instant occurredAt, @Nullable String correlationId, @Nullable SessionId decidedInSession,
                         @Nullable AgendaItemId decidedAtItem,
                         @JsonRawValue String payload,
                         @Nullable InformationId informationId, boolean sourceHidden) {
}
