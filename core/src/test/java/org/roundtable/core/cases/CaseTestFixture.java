package org.roundtable.core.cases;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.roundtable.core.common.DomainException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/when/then for the {@link Case} aggregate, in the shape of Axon's {@code AggregateTestFixture}, run
 * through Axon's own command bus, event-sourcing repository and an in-memory event store.
 */
final class CaseTestFixture {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final List<Object> resources = new ArrayList<>();
    private long nextSequence;

    CaseTestFixture registerInjectableResource(Object resource) {
        resources.add(resource);
        return this;
    }

    CaseTestFixture givenNoPriorActivity() {
        return this;
    }

    CaseTestFixture given(CaseEvent... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (CaseEvent event : events) {
            messages.add(new GenericDomainEventMessage<>(Case.class.getSimpleName(), event.caseId().toString(),
                    nextSequence++, event));
        }
        storage.appendEvents(messages);
        return this;
    }

    Outcome when(CaseCommand command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus().dispatch(GenericCommandMessage.asCommandMessage(command), callback);
        CommandResultMessage<?> result = callback.getResult();
        List<Object> published = storage.readEvents(command.caseId().toString(), nextSequence).asStream()
                .<Object>map(Message::getPayload)
                .toList();
        return new Outcome(result.isExceptional() ? result.exceptionResult() : null, published);
    }

    private CommandBus commandBus() {
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Case.class),
                new SimpleResourceParameterResolverFactory(resources));
        EventSourcingRepository<Case> repository = EventSourcingRepository.builder(Case.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(storage).build())
                .parameterResolverFactory(parameters)
                .build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Case>builder()
                .aggregateType(Case.class)
                .repository(repository)
                .parameterResolverFactory(parameters)
                .build()
                .subscribe(bus);
        return bus;
    }

    /** What came of the command: the events it published, or the exception it was refused with. */
    record Outcome(Throwable exception, List<Object> events) {

        Outcome expectEvents(Object... expected) {
            assertThat(exception).as("the command was refused").isNull();
            assertThat(events).containsExactly(expected);
            return this;
        }

        Outcome expectNoEvents() {
            assertThat(events).isEmpty();
            return this;
        }

        Outcome expectException(Class<? extends DomainException> type, String code) {
            assertThat(exception).isInstanceOf(type);
            assertThat(((DomainException) exception).code()).isEqualTo(code);
            return this;
        }
    }
}
