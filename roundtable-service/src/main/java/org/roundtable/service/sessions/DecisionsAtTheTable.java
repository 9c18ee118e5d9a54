package org.roundtable.service.sessions;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.roundtable.core.cases.TableDecision;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.Role;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.Session;
import org.roundtable.service.idempotency.IdempotentRequests;
import org.roundtable.service.storage.AggregateLock;
import org.springframework.core.Ordered;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds a decision taken at a session's table against that session. A case command whose metadata names a session
 * and an agenda item ({@link DecidedIn}) is carried out only while the session takes decisions on that item
 * ({@link Session#requireDecisionOn}): begun, neither closed nor cancelled, the item on its agenda and about the
 * command's case. The session stays held until the command's transaction ends, by the same locks every command on
 * the session takes (Axon's aggregate lock in this instance, and on PostgreSQL the session's advisory lock across
 * instances): closing the session, or dropping the item, waits for the decision, and a decision that comes after
 * the closing is refused. Minutes once final never gain a decision.
 * <p>
 * Only a decision of the round table ({@link TableDecision}) given by the chair names a session; anything else
 * naming one is refused as it is sent, before any session is looked at.
 */
public class DecisionsAtTheTable implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

    /** After the Idempotency-Key is claimed: a repeated request answers its first answer, session closed or not. */
    public static final int ORDER = IdempotentRequests.ORDER + 1;

    private final Supplier<Repository<Session>> sessions;
    private final Optional<AggregateLock> locks;
    private final Clock clock;

    public DecisionsAtTheTable(Supplier<Repository<Session>> sessions, Optional<AggregateLock> locks, Clock clock) {
        this.sessions = sessions;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        DecidedIn decidedIn = decidedIn(command);
        if (decidedIn == null) {
            return interceptorChain.proceed();
        }
        if (!(command.getPayload() instanceof TableDecision decision)) {
            throw new InvalidValue("decidedIn", "only a decision of the round table on a case is taken at a session's table");
        }
        decision.actor().require(Role.CHAIR, "not-the-chair", "only the chair records the round table's decisions");
        String sessionId = decidedIn.sessionId().toString();
        locks.ifPresent(lock -> lock.lock(sessionId));
        Aggregate<Session> session;
        try {
            session = sessions.get().load(sessionId);
        } catch (AggregateNotFoundException unknown) {
            throw new UnknownItem("unknown-session", "there is no such session");
        }
        session.execute(held -> held.requireDecisionOn(decidedIn.itemId(), decision.caseId(), clock.instant()));
        return interceptorChain.proceed();
    }

    private static DecidedIn decidedIn(CommandMessage<?> command) {
        try {
            return DecidedIn.of(command.getMetaData());
        } catch (IllegalArgumentException | InvalidValue half) {
            throw new InvalidValue("decidedIn", "a decision at a session's table names both the session and the agenda item");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
