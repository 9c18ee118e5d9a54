package org.roundtable.service.storage;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.roundtable.core.Aggregates;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets commands on one aggregate take turns across every instance of the service on one PostgreSQL
 * database: each command on an existing aggregate first takes, in its transaction, an advisory lock named
 * after that aggregate. Without it two instances find out about each other only when the second append hits
 * the event table's unique key; under a stream of commands on one case, one of them could lose again and
 * again. Within one instance Axon's own aggregate lock already does this, which is all an embedded H2
 * database, used by one instance only, needs.
 */
public class AggregateLock implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

    /** After the command gate, before the Idempotency-Key is claimed. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100 + 1;

    private final JdbcClient jdbc;
    private final CommandTargets targets;
    private final Map<Class<?>, Boolean> creates = new ConcurrentHashMap<>();

    public AggregateLock(JdbcClient jdbc, CommandTargets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!creates.computeIfAbsent(unitOfWork.getMessage().getPayloadType(), AggregateLock::createsAnAggregate)) {
            lock(targets.aggregateOf(unitOfWork.getMessage()));
        }
        return interceptorChain.proceed();
    }

    /**
     * Takes, in the current transaction, the lock every command on this aggregate takes first: until the
     * transaction ends, no command on that aggregate runs on any instance.
     */
    public void lock(String aggregate) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:aggregate, 0))")
                .param("aggregate", aggregate)
                .query()
                .singleRow();
    }

    /**
     * Whether the command starts a new aggregate (an aggregate's constructor handles it): a new aggregate has
     * no history to collide on, and its id is new (a collision would still be refused by the unique key).
     */
    private static boolean createsAnAggregate(Class<?> command) {
        return Aggregates.ALL.stream()
                .flatMap(kind -> Arrays.stream(kind.type().getDeclaredConstructors()))
                .anyMatch(constructor -> constructor.isAnnotationPresent(CommandHandler.class)
                        && constructor.getParameterCount() > 0 && constructor.getParameterTypes()[0] == command);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
