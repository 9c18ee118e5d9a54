package org.roundtable.service.storage;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which aggregate a command targets: its {@code @TargetAggregateIdentifier}. Axon's resolver looks for the
 * annotated member with reflection on every command; for a command record the annotated component's
 * accessor is found once per type here. Other commands are left to Axon's resolver.
 */
public class CommandTargets implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();
    private final Map<Class<?>, Optional<Method>> accessors = new ConcurrentHashMap<>();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Optional<Method> accessor = accessors.computeIfAbsent(command.getPayloadType(), CommandTargets::annotatedAccessor);
        if (accessor.isEmpty()) {
            return annotations.resolveTarget(command);
        }
        Object identifier = invoke(accessor.get(), command.getPayload());
        if (identifier == null) {
            throw new IllegalArgumentException("the command " + command.getPayloadType().getSimpleName()
                    + " names no target aggregate");
        }
        return new VersionedAggregateIdentifier(identifier, null);
    }

    /** The target aggregate's identifier, as a string. */
    public String aggregateOf(CommandMessage<?> command) {
        return resolveTarget(command).getIdentifier();
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
}
