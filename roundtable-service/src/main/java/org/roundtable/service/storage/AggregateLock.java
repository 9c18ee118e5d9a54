package org.roundtable.service.storage;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.Aggregates;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Lets commands on one aggregate take turns across every instance of the service on one PostgreSQL
 * database: each command on an existing aggregate first takes, in its transaction, an advisory lock named
 * after that aggregate. Without it two instances find out about each other only when the second append hits the
 * event table's unique key; under a stream of commands on one case, one of them could lose again and again.
 * Within one instance Axon's own aggregate lock already does this, which is all an embedded H2 database,
 * used by one instance only, needs.
 */
public class AggregateLock implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

    /** After the command gate, before the Idempotency-Key is claimed. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100 + 1;

    private final JdbcClient jdbc;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final Map<Class<?>, Optional<Method>> targetOf = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> creates = new ConcurrentHashMap<>();

    public AggregateLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!creates.computeIfAbsent(unitOfWork.getMessage().getPayloadType(), AggregateLock::createsAnAggregate)) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:aggregate, 0))")
                    .param("aggregate", target(unitOfWork.getMessage()))
                    .query()
                    .singleRow();
        }
        return interceptorChain.proceed();
    }

    /**
     * The command's target aggregate: Axon's resolver looks for the annotated member on every call, so for a
     * command record the annotated component's accessor is remembered per type; other commands ask Axon.
     */
    private String target(CommandMessage<?> command) {
        Optional<Method> accessor = targetOf.computeIfAbsent(command.getPayloadType(), AggregateLock::annotatedAccessor);
        return accessor.isPresent() ? String.valueOf(invoke(accessor.get(), command.getPayload()))
                : targets.resolveTarget(command).getIdentifier();
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

    private static Optional<Method> annotatedAccessor(Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    return Optional.of(component.getAccessor());
                }
            }
        }
        return Optional.empty();
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the target of " + target.getClass().getSimpleName(), e);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
