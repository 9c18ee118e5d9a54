package org.roundtable.projections.sessions;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sessions.DecidedIn;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/**
 * Part of the sessions read model: every case event that a decision taken at a session's table led to, whatever
 * its type, recorded at the item where it was decided ({@link DecidedIn} in its metadata). One handler for every
 * case event, so that a new kind of decision reaches the minutes without anyone remembering to add it; it is a
 * companion of {@link SessionsProjection}, whose handlers of particular case events would otherwise take those
 * events from it. The consent asked of an information's owner is left out: the minutes say nothing of who shared
 * what. Applying an event twice changes nothing (one row per case event).
 */
class DecisionsAtTheTable {

    private final JdbcClient jdbc;

    DecisionsAtTheTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(DecidedIn.SESSION) @Nullable String session,
            @MetaDataValue(DecidedIn.ITEM) @Nullable String item,
            @MetaDataValue(ACTOR_PERSON) @Nullable String person) {
        if (session == null || item == null || event instanceof ConsentRequested) {
            return;
        }
        Decision decision = Decision.of(event, at, person == null ? null : PersonId.of(person));
        jdbc.sql("""
                        insert into sessions_decision (case_id, sequence_number, session_id, item_id, kind, partner,
                            partners, on_date, detail, text, decided_at, decided_by)
                        select :caseId, :sequence, :sessionId, :itemId, :kind, :partner, :partners, :on, :detail, :text,
                            :at, :by
                        where not exists (select 1 from sessions_decision
                                          where case_id = :caseId and sequence_number = :sequence)""")
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .param("sessionId", java.util.UUID.fromString(session))
                .param("itemId", java.util.UUID.fromString(item))
                .param("kind", decision.kind())
                .param("partner", decision.partner() == null ? null : decision.partner().value())
                .param("partners", decision.partners().isEmpty() ? null
                        : decision.partners().stream().map(PartnerId::value).sorted().collect(Collectors.joining(",")))
                .param("on", decision.on() == null ? null : java.sql.Date.valueOf(decision.on()))
                .param("detail", decision.detail())
                .param("text", decision.text())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", person)
                .update();
    }
}
