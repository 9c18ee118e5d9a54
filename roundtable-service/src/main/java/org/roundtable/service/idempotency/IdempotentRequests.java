package org.roundtable.service.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.ActorCommand;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Makes a command given with an Idempotency-Key happen once. Before the command is handled, in its own
 * transaction, the key is claimed for the acting person with the answer the command will have: so the
 * claim commits with the command's events or not at all. If the key was claimed before (committed, not
 * expired), the command is not handled: the first answer is replayed ({@link AnsweredBefore}), or, when the
 * request differs, it is refused ({@link IdempotencyKeyReused}). A second request racing the first waits for
 * it on the database's key lock. Expired keys are deleted by {@link #deleteExpired()}.
 */
public class IdempotentRequests implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

    /** After the command gate and the aggregate lock: a held-back command claims no key. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 110;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    public IdempotentRequests(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (command.getMetaData().get(IdempotentRequest.METADATA) instanceof IdempotentRequest request
                && command.getPayload() instanceof ActorCommand actorCommand) {
            claim(actorCommand.actor(), request);
        }
        return interceptorChain.proceed();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private void claim(Actor actor, IdempotentRequest request) {
        Instant now = clock.instant();
        if (insert(actor, request, now)) {
            return;
        }
        Optional<Stored> stored = find(actor, request.key());
        if (stored.isPresent() && stored.get().expiresAt().isBefore(now)) {
            delete(actor, request.key());
            if (insert(actor, request, now)) {
                return;
            }
            stored = find(actor, request.key());
        }
        Stored first = stored.orElseThrow(() -> new IllegalStateException("an idempotency key vanished while claimed"));
        if (!first.fingerprint().equals(request.fingerprint())) {
            throw new IdempotencyKeyReused();
        }
        throw new AnsweredBefore(first.answer());
    }

    private boolean insert(Actor actor, IdempotentRequest request, Instant now) {
        return jdbc.sql("""
                        insert into idempotent_request (actor_person, actor_partner, idempotency_key, fingerprint,
                            status, location, body, created_at, expires_at)
                        values (:person, :partner, :key, :fingerprint, :status, :location, :body, :now, :expires)
                        on conflict do nothing""")
                .param("person", actor.person().value())
                .param("partner", actor.partner().value())
                .param("key", request.key())
                .param("fingerprint", request.fingerprint())
                .param("status", request.answer().status())
                .param("location", request.answer().location())
                .param("body", request.answer().body())
                .param("now", utc(now))
                .param("expires", utc(now.plus(retention)))
                .update() == 1;
    }

    private Optional<Stored> find(Actor actor, String key) {
        return jdbc.sql("""
                        select fingerprint, status, location, body, expires_at from idempotent_request
                        where actor_person = :person and actor_partner = :partner and idempotency_key = :key""")
                .param("person", actor.person().value())
                .param("partner", actor.partner().value())
                .param("key", key)
                .query((rs, row) -> new Stored(rs.getString("fingerprint"),
                        new IdempotentRequest.Answer(rs.getInt("status"), rs.getString("location"), rs.getString("body")),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private void delete(Actor actor, String key) {
        jdbc.sql("""
                        delete from idempotent_request
                        where actor_person = :person and actor_partner = :partner and idempotency_key = :key""")
                .param("person", actor.person().value())
                .param("partner", actor.partner().value())
                .param("key", key)
                .update();
    }

    /** Forgets the keys whose retention has passed; answers how many. */
    public int deleteExpired() {
        return jdbc.sql("delete from idempotent_request where expires_at < :now")
                .param("now", utc(clock.instant()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Stored(String fingerprint, IdempotentRequest.Answer answer, Instant expiresAt) { }
}
